#!/usr/bin/env Rscript
## Writes the benchmark cohort of shared/oracles/timing/bench.R as a TTE CSV (continuous times).
## Same seed and the same draws in the same order as bench.R, so the data are identical:
##   arm ~ Bernoulli(0.5); x1 ~ N(0,1); x2 ~ U(0,1);
##   event time ~ Exp(0.1 * exp(0.5*arm + 0.3*x1 - 0.2*x2)), censoring ~ min(Exp(0.05), 20).
## Usage: Rscript bench/gen.R N OUT.csv
suppressPackageStartupMessages(library(data.table))
a <- commandArgs(trailingOnly = TRUE)
n <- as.numeric(a[1]); out <- a[2]
set.seed(20240601)
arm <- rbinom(n, 1, 0.5); x1 <- rnorm(n); x2 <- runif(n)
et <- rexp(n, 0.1 * exp(0.5 * arm + 0.3 * x1 - 0.2 * x2)); ct <- pmin(rexp(n, 0.05), 20)
d <- data.table(subject_id = sprintf("S%07d", seq_len(n)), arm = ifelse(arm == 1, "active", "placebo"),
                time = pmin(et, ct), status = as.integer(et <= ct), x1 = x1, x2 = x2)
fwrite(d, out)
cat(sprintf("wrote %s: n=%d events=%d distinct times=%d\n", out, n, sum(d$status), uniqueN(d$time)), file = stderr())
