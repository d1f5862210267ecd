import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@sunshine/auth';
import { FindPetitionQuery, UndoLinkRequest } from './dto/registrar.request.dto';
import { RegistrarPetitionResponseDto, UndoLinkResponseDto } from './dto/registrar.response.dto';
import { RegistrarService } from './registrar.service';

@ApiTags('registrar')
@ApiBearerAuth()
@Controller('api/v1/petitions')
export class RegistrarHttpController {
  constructor(private readonly registrar: RegistrarService) {}

  @Get()
  @Roles('registrar', 'admin')
  @ApiOperation({ summary: 'Find a petition by its case number: routing’s view (status, duplicate decision, link, triage, assignment), never the petitioner’s identity' })
  @ApiOkResponse({ type: RegistrarPetitionResponseDto })
  find(@Query() query: FindPetitionQuery): Promise<RegistrarPetitionResponseDto> {
    return this.registrar.findByCaseNumber(query.caseNumber);
  }

  @Post(':petitionId/undo-link')
  @Roles('registrar', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo a duplicate link made by mistake (撤销判重): audited; the petition is routed afresh (petition.link-undone, then triage and assignment or instruction)' })
  @ApiOkResponse({ type: UndoLinkResponseDto })
  undoLink(
    @CurrentPrincipal() registrar: Principal,
    @Param('petitionId', new ParseUUIDPipe({ version: undefined })) petitionId: string,
    @Body() body: UndoLinkRequest,
  ): Promise<UndoLinkResponseDto> {
    return this.registrar.undoLink(registrar, petitionId, body.reason);
  }
}
