import { Injectable, type PipeTransform } from '@nestjs/common';
import { CaseNotFound } from './case.errors';

const PETITION_ID = /^[A-Za-z0-9-]{1,64}$/;

/** A path segment that cannot be a petition id names no case: 404, like any unknown case. */
@Injectable()
export class PetitionIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !PETITION_ID.test(value)) throw new CaseNotFound();
    return value;
  }
}
