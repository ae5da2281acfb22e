#!/usr/bin/env bash
# Builds the example shared-library stage that pipelines/examples/library-stage.yaml loads.
#   Examples/build-plugins.sh            # release build (matches `swift build -c release`)
#   Examples/build-plugins.sh debug      # debug build
# Prints the path of the built library.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
config="${1:-release}"
swift build -c "$config" --package-path "$here/LibraryStage" --product SentenceLengthStage >&2
lib="$here/LibraryStage/.build/$config/libSentenceLengthStage.so"
mkdir -p "$here/lib"
cp "$lib" "$here/lib/libSentenceLengthStage.so"
echo "$here/lib/libSentenceLengthStage.so"
