#!/usr/bin/env bash
# Regenerates the extra cases (needs R with survival and cmprsk). Usage: bash make_extra.sh /path/to/shared/oracles
set -euo pipefail
O="${1:?path to shared/oracles}"; cd "$(dirname "$0")"
Rscript -e 'library(survival); d<-veteran; write.csv(data.frame(subject_id=sprintf("V%03d",1:nrow(d)), arm=ifelse(d$trt==1,"standard","test"), time=d$time, status=d$status, karno=d$karno, age=d$age, prior=d$prior, strata=d$celltype),"veteran.tte.csv",row.names=FALSE,quote=FALSE); o<-ovarian; write.csv(data.frame(subject_id=1:nrow(o), arm=ifelse(o$rx==1,"A","B"), time=o$futime, status=o$fustat, age=o$age, ecog=o$ecog.ps), "ovarian.tte.csv", row.names=FALSE, quote=FALSE); d<-na.omit(mgus2[,c("id","sex","ptime","pstat","futime","death")]); et<-ifelse(d$pstat==0, d$futime, d$ptime); ev<-ifelse(d$pstat==0, 2*d$death, 1); write.csv(data.frame(subject_id=d$id, arm=d$sex, time=et, status=ev), "mgus2.tte.csv", row.names=FALSE, quote=FALSE)'
tail -n +2 manifest.tsv | while IFS=$'\t' read -r name oracle input args; do
  # shellcheck disable=SC2086
  Rscript "$O/$oracle.R" --input "$input" $args --out "$name.expected.json"
done
