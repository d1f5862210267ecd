import { DomainError } from '@sunshine/platform';

export class RegistrarPetitionNotFound extends DomainError {
  constructor() {
    super({ code: 'REGISTRAR.NOT_FOUND', status: 404, title: { 'zh-CN': '未找到该信访件', en: 'No such petition' } });
  }
}

/** Undo-link on a petition that is not (or no longer) linked as a duplicate. */
export class PetitionNotLinked extends DomainError {
  constructor() {
    super({
      code: 'REGISTRAR.NOT_LINKED',
      status: 409,
      title: { 'zh-CN': '该件未被判为重复件', en: 'The petition is not linked as a duplicate' },
      detail: {
        'zh-CN': '只有被判为重复件（重复件或联名件）且尚未撤销的信访件才能撤销判重。',
        en: 'Only a petition linked as a repeat or joint petition, and not undone already, can have its link undone.',
      },
    });
  }
}
