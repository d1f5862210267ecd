import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { safeCollection } from '@sunshine/platform';
import type { CategoryClassifier } from '../classification/category-classifier';
import { trainCategoryClassifierFromFiles, type ClassifierTrainingFiles } from '../classification/training-data';
import { existsSync } from 'node:fs';
import { DEFAULT_DETECTOR_OPTIONS, DuplicateDetector } from '../dedup/duplicate-detector';
import { DEFAULT_DEDUP_MODEL, readPairModel } from '../dedup/pair-model';
import { maskPlaces } from '../text/named-places';
import { MongoDedupStore } from './dedup-store.repository';
import { embedderOptionsFromEnv, SentenceEmbedder } from './embedding/sentence-embedder';

/** A petition's two sentence embeddings, as the duplicate detector takes them. */
export interface PetitionVectors {
  embedding: Float32Array;
  problemEmbedding: Float32Array;
}


/**
 * The routing service's models, built at start: the category classifier trained from the
 * configured files (no downloaded model; without files it routes by keywords alone), and the
 * duplicate detector's index restored from the routing records.
 */
@Injectable()
export class RoutingIntelligence implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RoutingIntelligence.name);
  classifier?: CategoryClassifier;
  readonly detector: DuplicateDetector;
  readonly store: MongoDedupStore;
  /** The sentence embedder (bge-small-zh-v1.5), when ROUTING_EMBEDDINGS is on and the model is installed. */
  embedder?: SentenceEmbedder;
  private readonly embeddingsWanted: boolean;

  constructor(
    private readonly config: ConfigService,
    @InjectConnection() connection: Connection,
  ) {
    const number = (key: string) => (config.get(key) === undefined ? undefined : Number(config.get(key)));
    // With embeddings, pairs are scored by the learned pair model, at its own thresholds.
    const modelPath = config.get<string>('ROUTING_DEDUP_MODEL') ?? DEFAULT_DEDUP_MODEL;
    const model = config.get<string>('ROUTING_EMBEDDINGS') !== 'off' && existsSync(modelPath) ? readPairModel(modelPath) : undefined;
    this.embeddingsWanted = config.get<string>('ROUTING_EMBEDDINGS') !== 'off';
    this.detector = new DuplicateDetector({
      ...(model ? { model } : {}),
      repeatThreshold: number('ROUTING_REPEAT_THRESHOLD') ?? DEFAULT_DETECTOR_OPTIONS.repeatThreshold,
      jointThreshold: number('ROUTING_JOINT_THRESHOLD') ?? model?.thresholds.joint ?? DEFAULT_DETECTOR_OPTIONS.jointThreshold,
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
    if (this.embeddingsWanted) {
      try {
        this.embedder = await SentenceEmbedder.load(embedderOptionsFromEnv());
        this.logger.log(`sentence embeddings on: ${this.embedder.model.name} (sha256 ${this.embedder.model.sha256.slice(0, 12)}…)`);
      } catch (error) {
        // Duplicate detection still works on words alone; the log says how to install the model.
        this.logger.warn({ err: error }, 'sentence embeddings off: the model could not be loaded');
      }
    }
    const restored = await this.detector.restore(this.store.load());
    this.logger.log(`duplicate index restored: ${restored} petitions`);
    // The text pipeline loads its dictionaries and tables on first use (about a second): pay
    // for it here rather than in the first petition's decision.
    this.detector.features({ subject: '预热', text: '小区门口道路积水，请尽快处理。' });
    await this.embed('小区门口道路积水，请尽快处理。');
  }

  /**
   * The text's sentence embeddings — of the text, and of the text with its named places masked
   * (the problem told) — or undefined when embeddings are off. Runs outside routing's serial section.
   */
  async embed(text: string): Promise<PetitionVectors | undefined> {
    if (!this.embedder) return undefined;
    try {
      const [embedding, problemEmbedding] = await this.embedder.embed([text, maskPlaces(text)]);
      return { embedding, problemEmbedding };
    } catch (error) {
      // A model failure must not hold a petition up: it is decided on words alone.
      this.logger.warn({ err: error }, 'sentence embedding failed: deciding on words alone');
      return undefined;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.embedder?.close();
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
