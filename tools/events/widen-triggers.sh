#!/usr/bin/env sh
# Widens the event trigger lexicon and keeps what holds on the tune split (never the test split):
#  1. TriggerCandidates (dossier-core test scope) proposes lines events.txt lacks, from WordNet 3.1 (Maven
#     net.sf.extjwnl, offline) synonyms and derived event nouns of its lemmas and from the CAMEO verb dictionary's
#     bare verbs (eval/cameo/cameo-phrases.tsv): tools/events/trigger-candidates.tsv, with the source of each;
#  2. the tune split is scored once with all candidates added, rules alone and with the learned model, each
#     event's rule tallied as matched or false positive (dossier eval --rules): tools/events/tune-rules-*.tsv;
#  3. tools/events/select-triggers.py keeps the candidates that hold and writes
#     dossier-core/src/main/resources/org/dossier/event/events-widened.txt (loaded after events.txt).
#   tools/events/widen-triggers.sh          (about ten minutes on two cores)
#   tools/events/widen-triggers.sh --select-only   (steps 1 and 3 on the tallies already there)
set -eu
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -o -q -B test-compile -pl dossier-core
mvn -o -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl dossier-core \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "dossier-core/target/test-classes:dossier-core/target/classes:$(cat "$work/cp.txt")" \
  org.dossier.event.TriggerCandidates eval/cameo/cameo-phrases.tsv 2>/dev/null > tools/events/trigger-candidates.tsv
grep -v '^#' tools/events/trigger-candidates.tsv | cut -f1 > "$work/all.txt"
if [ "${1:-}" != "--select-only" ]; then
  bin/dossier eval --split tune --plover none --event-model off --events "$work/all.txt" \
    --rules tools/events/tune-rules-off.tsv | grep '^events '
  bin/dossier eval --split tune --plover none --events "$work/all.txt" --rules tools/events/tune-rules-on.tsv \
    | grep '^events '
fi
python3 tools/events/select-triggers.py tools/events/trigger-candidates.tsv tools/events/tune-rules-off.tsv \
  tools/events/tune-rules-on.tsv > dossier-core/src/main/resources/org/dossier/event/events-widened.txt
