#!/usr/bin/env sh
# Two-fold cross-validation of the event-type model on the tune split, the way its proposal threshold and the
# phrase weight were chosen: the tune gold files in name order go alternately to folds A and B; a model is
# trained on each fold (with the PLOVER records and the CAMEO phrases unless the options say otherwise) and
# scored on the other, at each threshold, beside the rules alone. The test split is never touched.
#   tools/events/cross-validate.sh [train-types options]      e.g. --phrases none, --phrase-weight 0.3
#   THRESHOLDS="0.1 0.15 0.2" tools/events/cross-validate.sh
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/A" "$work/B"
i=0
for f in $(ls eval/gold/tune/*.json | LC_ALL=C sort); do
  if [ $((i % 2)) -eq 0 ]; then cp "$f" "$work/A/"; else cp "$f" "$work/B/"; fi
  i=$((i + 1))
done
for fold in A B; do
  bin/dossier train-types --gold "$work/$fold" --out "$work/$fold.model.gz" "$@" 2>&1 | grep 'training sentences' | cut -c1-60
done
score() { # fold model
  bin/dossier eval --gold "$work/$1" --event-model "$2" --plover none 2>/dev/null | grep '^events' | head -1
}
echo "rules alone:  A $(score A off)"
echo "              B $(score B off)"
for p in ${THRESHOLDS:-0.1 0.15 0.2 0.3 0.5}; do
  for fold in A B; do
    gunzip -c "$work/$fold.model.gz" | sed "s/^propose .*/propose $p/" | gzip > "$work/$fold-$p.model.gz"
  done
  echo "p >= $p: A $(score A "$work/B-$p.model.gz")"
  echo "          B $(score B "$work/A-$p.model.gz")"
done
