#!/bin/sh
# Scratch: where 抄送 and 印发 land in our PDF and LibreOffice's, for corpus cases of seed $1.
seed=$1; shift
for i in "$@"; do
  npx tsx test/corpus/probe/oneCase.ts $seed $i /tmp/s20/c >/dev/null 2>&1
  f=$(ls /tmp/s20/c/s$seed-$(printf %04d $i)-*.lo.pdf); b=${f%.lo.pdf}
  o=$(pdftotext -bbox $b.pdf - | grep -E '抄送|印发' | sed -E 's/.*yMin="([0-9.]+)".*/\1/' | tr '\n' ' ')
  l=$(pdftotext -bbox $f - | grep -E '抄送|印发' | sed -E 's/.*yMin="([0-9.]+)".*/\1/' | tr '\n' ' ')
  echo "$i pages $(pdfinfo $b.pdf | awk '/Pages/{print $2}')/$(pdfinfo $f | awk '/Pages/{print $2}') ours $o | lo $l"
done
