import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@sunshine/auth';
import { ConcludedMattersService } from './concluded-matters.service';
import { NotAcceptedAgainListDto, NotAcceptedAgainQuery } from './dto/not-accepted-again.dto';

@ApiTags('registrar')
@ApiBearerAuth()
@Controller('api/v1/petitions/not-accepted-again')
export class NotAcceptedAgainHttpController {
  constructor(private readonly concluded: ConcludedMattersService) {}

  @Get()
  @Roles('registrar', 'admin')
  @ApiOperation({ summary: 'Petitions not accepted again (不再受理, 信访工作条例 art. 35): the same person on the same facts after re-review; newest first, never the petitioner' })
  @ApiOkResponse({ type: NotAcceptedAgainListDto })
  async list(@Query() query: NotAcceptedAgainQuery): Promise<NotAcceptedAgainListDto> {
    return { items: await this.concluded.listNotAcceptedAgain(query.limit ?? 100) };
  }
}
