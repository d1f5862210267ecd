# syntax=docker/dockerfile:1
# One image for the five services (SERVICE picks which one runs), and the console's nginx image
# (target `console`). Multi-stage: dependencies and
# the SWC build in the first stage, only production dependencies and dist/ in the runtime stage.
# The syntax line above must stay the very first line (BuildKit reads it only there); what the
# build context leaves out is in .dockerignore.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/messaging/package.json libs/messaging/
COPY libs/observability/package.json libs/observability/
COPY libs/platform/package.json libs/platform/
COPY libs/auth/package.json libs/auth/
COPY libs/testing/package.json libs/testing/
COPY services/intake/package.json services/intake/
COPY services/routing/package.json services/routing/
COPY services/handling/package.json services/handling/
COPY services/feedback/package.json services/feedback/
COPY services/supervision/package.json services/supervision/
COPY apps/console/package.json apps/console/
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs && node scripts/build-console.mjs && npm prune --omit=dev

# The console: nginx serving the built app with the services behind /api/<service>/ (deploy/nginx).
FROM nginx:1.27-alpine AS console
COPY --from=build /app/apps/console/dist-web /usr/share/nginx/html
COPY deploy/nginx/console.conf.template /etc/nginx/templates/default.conf.template

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs ./libs
COPY --from=build /app/services ./services
USER node
ARG SERVICE=intake
ENV SERVICE=${SERVICE}
CMD ["sh", "-c", "exec node --enable-source-maps services/${SERVICE}/dist/main.js"]
