import { bootstrapService } from '@sunshine/platform';
import { AppModule } from './app.module';
import { SERVICE } from './service';

// Not awaited on purpose: bootstrapService logs a failed start and exits 1 itself.
void bootstrapService({ ...SERVICE, module: AppModule });
