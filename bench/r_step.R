#!/usr/bin/env Rscript
## One whole-process R step for the benchmark: read the CSV with data.table::fread (R's fastest reader), then
## run the step as an analyst would. Prints the in-process step time (excluding start-up and read) to stderr.
## Usage: Rscript bench/r_step.R km|logrank|cox FILE
suppressPackageStartupMessages({library(survival); library(data.table)})
a <- commandArgs(trailingOnly = TRUE); step <- a[1]
d <- fread(a[2])
t <- system.time({
  r <- switch(step,
    km = list(survfit(Surv(time, status) ~ arm, data = d), survfit(Surv(time, status) ~ 1, data = d)),
    logrank = survdiff(Surv(time, status) ~ arm, data = d),
    cox = coxph(Surv(time, status) ~ arm + x1 + x2, data = d, ties = "efron"))
})["elapsed"]
if (step == "cox") print(coef(r))
cat(sprintf("R %s step only: %.3f s\n", step, t), file = stderr())
