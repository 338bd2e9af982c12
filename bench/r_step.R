#!/usr/bin/env Rscript
## One whole-process R step for the benchmark: read the CSV, then run the step as an analyst would.
## Usage: Rscript bench/r_step.R km|logrank|cox FILE [fread|read.csv]
##   fread    : data.table::fread, R's fastest reader (default)
##   read.csv : utils::read.csv, as the oracle scripts in shared/oracles read their input
## Prints the in-process step time (excluding start-up and reading) to stderr.
suppressPackageStartupMessages({library(survival); library(data.table)})
a <- commandArgs(trailingOnly = TRUE); step <- a[1]
reader <- if (length(a) >= 3) a[3] else "fread"
d <- if (reader == "read.csv") read.csv(a[2]) else fread(a[2])
t <- system.time({
  r <- switch(step,
    km = list(survfit(Surv(time, status) ~ arm, data = d), survfit(Surv(time, status) ~ 1, data = d)),
    logrank = survdiff(Surv(time, status) ~ arm, data = d),
    cox = coxph(Surv(time, status) ~ arm + x1 + x2, data = d, ties = "efron"))
})["elapsed"]
if (step == "cox") print(coef(r))
cat(sprintf("R %s step only (%s): %.3f s\n", step, reader, t), file = stderr())
