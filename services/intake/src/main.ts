import { bootstrapService } from '@sunshine/platform';
import { AppModule } from './app.module';
import { SERVICE } from './service';

void bootstrapService({ ...SERVICE, module: AppModule });
