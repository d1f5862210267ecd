#!/usr/bin/env python3
"""Trains routing's duplicate pair model: logistic regression over the detector's pair evidence.

    pip install scikit-learn==1.5.2
    npm run -s eval:routing -- dedup-pairs --data services/routing/data/dedup-dev.jsonl,<more.jsonl> --out /tmp/pairs.jsonl
    python3 services/routing/tools/train-dedup-model.py /tmp/pairs.jsonl --out services/routing/data/dedup-model.json

Rows come from `dedup-pairs`: for each line of a development set, every candidate the detector
verified (lexical keys and nearest neighbours by sentence embedding) with its evidence, labelled 1
when both describe the same matter group. Cross-validation is group-wise (all rows of one matter
group in one fold: GroupKFold), so a fold never scores a matter it was trained on. The decision
thresholds are chosen on the out-of-fold probabilities: the joint threshold is the lowest at which
out-of-fold pair precision stays at or above --joint-precision (a false link costs most: the linked
petition gets no work of its own); the same person's repeat threshold is the lowest at or above
--repeat-precision. Prints one JSON object with the cross-validated figures; writes the model.
"""
import argparse
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

FEATURES = [
    "text", "termCosine", "conceptShare", "conceptDice", "samePrimary", "sharedNames", "sharedAreaOnly",
    "nameConflict", "bothUnnamed", "conceptConflict", "regionConflict", "embeddingCosine", "hasEmbeddings",
    "samePerson", "daysApart", "bothConcepts", "placeAgree", "placeConflict", "problemCosine",
]
# hasEmbeddings: constant in training (every pair has embeddings).
# daysApart: the development sets give lines one hour apart in file order, so a matter's lines are
# always close in time and the gap would be learned as evidence it is not.
LEFT_OUT = {"hasEmbeddings", "daysApart"}


def read(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def best_per_query(probabilities, labels, queries):
    """Each query's best candidate (what a decision would link to): its probability and label."""
    best = {}
    for p, y, q in zip(probabilities, labels, queries):
        if q not in best or p > best[q][0]:
            best[q] = (p, y)
    values = np.array(list(best.values()))
    return values[:, 0], values[:, 1]


def lowest_threshold(probabilities, labels, precision):
    """The lowest probability at which the links at or above it are at least `precision` correct."""
    order = np.argsort(-probabilities)
    p, y = probabilities[order], labels[order]
    correct = np.cumsum(y)
    kept = np.arange(1, len(y) + 1)
    ok = correct / kept >= precision
    if not ok.any():
        return 1.0
    last = np.max(np.nonzero(ok)[0])
    return float(p[last])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pairs", nargs="+")
    parser.add_argument("--out")
    parser.add_argument("--agree-min-probability", type=float, default=0.5,
                        help="a pair the hand-weighted score links (>= --hand-threshold) is linked when the model gives it at least this")
    parser.add_argument("--hand-threshold", type=float, default=0.55)
    parser.add_argument("--trained-on", help="what the pairs were made from, as recorded in the model file")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-cosine", type=float, default=0.65,
                        help="train on other people's pairs at least this alike by embedding; below it the model says 0 (no link)")
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--joint-precision", type=float, default=0.98)
    parser.add_argument("--repeat-precision", type=float, default=0.98)
    args = parser.parse_args()

    rows = read(args.pairs)
    cosine_at = FEATURES.index("embeddingCosine")
    # The decision is made among the most alike candidates: the model learns that region, where the
    # hard negatives are (the neighbouring estate, the same estate's other complaint), not the many easy ones.
    # The same person's own follow-up ("上次反映的…") is often worded apart: those pairs are all kept.
    same_at = FEATURES.index("samePerson")
    rows = [r for r in rows if r["features"][cosine_at] >= args.min_cosine or r["features"][same_at] == 1]
    names = [n for n in FEATURES if n not in LEFT_OUT]
    columns = [FEATURES.index(n) for n in names]
    X = np.array([[r["features"][i] for i in columns] for r in rows], dtype=float)
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["group"] for r in rows])
    same = X[:, names.index("samePerson")] == 1

    def model():
        return LogisticRegression(C=args.c, max_iter=2000)

    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=args.folds).split(X, y, groups):
        scaler = StandardScaler().fit(X[train])
        clf = model().fit(scaler.transform(X[train]), y[train])
        oof[test] = clf.predict_proba(scaler.transform(X[test]))[:, 1]

    # Thresholds on decisions, not pairs: per query its best candidate, as the detector links.
    queries = np.array([r["query"] for r in rows])
    joint = lowest_threshold(*best_per_query(oof[~same], y[~same], queries[~same]), args.joint_precision)
    repeat = lowest_threshold(*best_per_query(oof[same], y[same], queries[same]), args.repeat_precision) if same.any() else joint
    scaler = StandardScaler().fit(X)
    clf = model().fit(scaler.transform(X), y)
    result = {
        "rows": int(len(y)),
        "positives": int(y.sum()),
        "groups": int(len(set(groups))),
        "crossValidation": {
            "folds": args.folds,
            "rocAuc": round(float(roc_auc_score(y, oof)), 4),
            "averagePrecision": round(float(average_precision_score(y, oof)), 4),
        },
        "thresholds": {"repeat": round(repeat, 4), "joint": round(joint, 4)},
        "coefficients": dict(zip(names, [round(float(c), 4) for c in clf.coef_[0]])),
    }
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump({
                "$comment": "Duplicate pair model (logistic regression over standardised pair evidence); trained by services/routing/tools/train-dedup-model.py",
                "trainedOn": args.trained_on or args.pairs,
                "features": names,
                "mean": [round(float(v), 6) for v in scaler.mean_],
                "scale": [round(float(v), 6) for v in scaler.scale_],
                "coefficients": [round(float(v), 6) for v in clf.coef_[0]],
                "intercept": round(float(clf.intercept_[0]), 6),
                "thresholds": result["thresholds"],
                "minEmbeddingCosine": args.min_cosine,
                "handAgreement": {"handThreshold": args.hand_threshold, "minProbability": args.agree_min_probability, "score": result["thresholds"]["joint"]},
                "crossValidation": result["crossValidation"],
            }, f, ensure_ascii=False, indent=1)
            f.write("\n")
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
