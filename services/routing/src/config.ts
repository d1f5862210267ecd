import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { join } from 'node:path';
import { STATUTORY } from '@sunshine/contracts';
import { ServiceConfig } from '@sunshine/platform';

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const shared = (file: string) => join(process.env.SUNSHINE_SHARED_DIR ?? join(process.cwd(), '..', 'shared'), 'data', 'citizen-messages', file);

/** The routing service's environment (validated at start; see ServiceConfig for the shared part). */
export class RoutingConfig extends ServiceConfig {
  /** Path of the unit catalogue (JSON); defaults to the one shipped in src/catalogue/units.json. */
  @IsOptional()
  @IsString()
  ROUTING_UNIT_CATALOGUE?: string;

  /** Path of the leader catalogue (JSON: id, name, office, mailbox); defaults to src/catalogue/leaders.json. */
  @IsOptional()
  @IsString()
  ROUTING_LEADER_CATALOGUE?: string;

  /** Leaders every urgent or group escalation notifies (comma-separated catalogue ids), besides the leader in charge. */
  @IsString()
  ROUTING_ESCALATION_LEADERS = 'party-secretary,district-head';

  /** The rules that seed version `default` of the routing rules (src/catalogue/routing-rules.json). */
  @IsOptional()
  @IsString()
  ROUTING_RULES_SEED?: string;

  /** Gold labelled petitions the classifier trains on at start (JSONL: subject, text, category). */
  @IsOptional()
  @IsString()
  ROUTING_CLASSIFIER_LABELLED = shared('labelled-dev.jsonl');

  /** Petitions with official replies, for weak labels (optional). */
  @IsOptional()
  @IsString()
  ROUTING_CLASSIFIER_REPLIED = shared('messages-with-replies.jsonl');

  @IsOptional()
  @IsString()
  ROUTING_CLASSIFIER_TAXONOMY = shared('taxonomy.json');

  @IsOptional()
  @IsString()
  ROUTING_CLASSIFIER_UNLABELLED?: string;

  /** Department → category table for weak labels and priors (default: data/department-categories.txt). */
  @IsOptional()
  @IsString()
  ROUTING_CLASSIFIER_DEPARTMENTS?: string;

  /** What each kind of department handles, as prior documents (default: data/department-remits.txt). */
  @IsOptional()
  @IsString()
  ROUTING_CLASSIFIER_REMITS?: string;

  /** Which items wait for a leader's instruction (批示) before assignment. */
  @IsIn(['selective', 'all', 'none'])
  ROUTING_INSTRUCTION_POLICY: 'selective' | 'all' | 'none' = 'selective';

  /** Below this routing confidence an item goes to a leader (selective policy). */
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  ROUTING_MIN_CONFIDENCE = 0.45;

  /** 信访工作条例 art. 31: decide on acceptance within this many days of receipt. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  ROUTING_ACCEPT_DAYS = STATUTORY.acceptDays;

  /** art. 32: handle within this many days of acceptance. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  ROUTING_HANDLE_DAYS = STATUTORY.handleDays;

  /** A misrouted item is returned within this many working days of assignment. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  ROUTING_RETURN_WORKING_DAYS = STATUTORY.returnWorkingDays;

  /** Similarity at which the same person's petition is a repeat (default: the detector's, tuned on the dev set). */
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  ROUTING_REPEAT_THRESHOLD?: number;

  /** Similarity at which other people's petition is the same matter (default: the detector's). */
  @IsOptional()
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  ROUTING_JOINT_THRESHOLD?: number;

  /** 群体性: this many petitioners on one matter … */
  @Transform(toNumber)
  @IsInt()
  @Min(2)
  ROUTING_GROUP_MIN_PETITIONERS = 5;

  /** … within this many days escalate it as a group matter. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  ROUTING_GROUP_WINDOW_DAYS = 7;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  ROUTING_DEDUP_WINDOW_DAYS = 180;

  @IsString()
  ROUTING_TIME_ZONE = 'Asia/Shanghai';

  /**
   * Sentence embeddings in duplicate detection: `on` (default) loads the project's Chinese
   * sentence-embedding model (fetched by the install step) and the pair model; `off` decides on
   * words alone (the hand-weighted score).
   */
  @IsIn(['on', 'off'])
  ROUTING_EMBEDDINGS: 'on' | 'off' = 'on';

  /** The pair model file (default services/routing/data/dedup-model.json). */
  @IsOptional()
  @IsString()
  ROUTING_DEDUP_MODEL?: string;
}
