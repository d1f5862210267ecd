/** Injection token of the running service's name (`intake`, `routing`, …). */
export const SERVICE_NAME = 'SUNSHINE_SERVICE_NAME';
