import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection } from '@sunshine/platform';
import type { CategoryClassifier } from '../classification/category-classifier';
import { trainCategoryClassifierFromFiles, type ClassifierTrainingFiles } from '../classification/training-data';
import { DEFAULT_DETECTOR_OPTIONS, DuplicateDetector } from '../dedup/duplicate-detector';
import { MongoDedupStore } from './dedup-store.repository';

/**
 * The routing service's models, built at start: the category classifier trained from the
 * configured files (no downloaded model; without files it routes by keywords alone), and the
 * duplicate detector's index restored from the routing records.
 */
@Injectable()
export class RoutingIntelligence implements OnModuleInit {
  private readonly logger = new Logger(RoutingIntelligence.name);
  classifier?: CategoryClassifier;
  readonly detector: DuplicateDetector;
  readonly store: MongoDedupStore;

  constructor(
    private readonly config: ConfigService,
    @InjectConnection() connection: Connection,
  ) {
    const number = (key: string) => (config.get(key) === undefined ? undefined : Number(config.get(key)));
    this.detector = new DuplicateDetector({
      repeatThreshold: number('ROUTING_REPEAT_THRESHOLD') ?? DEFAULT_DETECTOR_OPTIONS.repeatThreshold,
      jointThreshold: number('ROUTING_JOINT_THRESHOLD') ?? DEFAULT_DETECTOR_OPTIONS.jointThreshold,
      groupMinPetitioners: config.getOrThrow<number>('ROUTING_GROUP_MIN_PETITIONERS'),
      groupWindowDays: config.getOrThrow<number>('ROUTING_GROUP_WINDOW_DAYS'),
      windowDays: config.getOrThrow<number>('ROUTING_DEDUP_WINDOW_DAYS'),
    });
    this.store = new MongoDedupStore(safeCollection(connection, 'routing_petitions'));
  }

  async onModuleInit(): Promise<void> {
    const files = this.trainingFiles();
    const started = Date.now();
    if (files) {
      try {
        this.classifier = trainCategoryClassifierFromFiles(files);
        this.logger.log(`category classifier trained from ${files.labelled} in ${Date.now() - started} ms`);
      } catch (error) {
        this.logger.warn({ err: error }, 'no category classifier: routing by keywords alone');
      }
    }
    const restored = await this.detector.restore(this.store.load());
    this.logger.log(`duplicate index restored: ${restored} petitions`);
    // The text pipeline loads its dictionaries and tables on first use (about a second): pay
    // for it here rather than in the first petition's decision.
    this.detector.features({ subject: '预热', text: '小区门口道路积水，请尽快处理。' });
  }

  private trainingFiles(): ClassifierTrainingFiles | undefined {
    const labelled = this.config.get<string>('ROUTING_CLASSIFIER_LABELLED');
    if (!labelled) return undefined;
    return {
      labelled,
      replied: this.config.get<string>('ROUTING_CLASSIFIER_REPLIED'),
      taxonomy: this.config.get<string>('ROUTING_CLASSIFIER_TAXONOMY'),
      unlabelled: this.config.get<string>('ROUTING_CLASSIFIER_UNLABELLED'),
      departments: this.config.get<string>('ROUTING_CLASSIFIER_DEPARTMENTS'),
      remits: this.config.get<string>('ROUTING_CLASSIFIER_REMITS'),
    };
  }
}
