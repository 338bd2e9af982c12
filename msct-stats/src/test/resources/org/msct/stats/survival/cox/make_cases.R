#!/usr/bin/env Rscript
## Extra Cox cases for CoxExtraOracleTest: (start, stop] data, --cluster, missing covariates, --no-arm and
## nearly-tied times, on real data from survival 3.5-3. Run from this folder:
##   Rscript make_cases.R /work/shared/oracles/cox.R
## Writes <name>.tte.csv and <name>.expected.json (R's output through the project oracle cox.R) and cases.tsv.
suppressPackageStartupMessages(library(survival))
cox_r <- commandArgs(TRUE)[1]
w <- function(d, f) write.csv(d, f, row.names = FALSE, na = "")
h <- survival::heart
w(data.frame(subject_id = sprintf("H%03d", h$id), arm = ifelse(h$surgery == 1, "surgery", "no_surgery"),
             tstart = h$start, time = h$stop, status = h$event, age = h$age, year = h$year,
             transplant = h$transplant), "heart.tte.csv")
g <- survival::cgd
w(data.frame(subject_id = sprintf("CGD%03d", g$id), arm = as.character(g$treat), tstart = g$tstart,
             time = g$tstop, status = g$status, age = g$age, steroids = g$steroids, height = g$height),
  "cgd.tte.csv")
l <- survival::lung
w(data.frame(subject_id = sprintf("L%03d", seq_len(nrow(l))), arm = ifelse(l$sex == 1, "male", "female"),
             time = l$time, status = l$status - 1, age = l$age, ph_karno = l$ph.karno, wt_loss = l$wt.loss,
             age_months = 12 * l$age),
  "lungna.tte.csv")
## aml with times perturbed by less than R's timefix tolerance: coxph must treat them as tied
a <- survival::aml
set.seed(1)
tt <- a$time * (1 + c(0, 1e-10, -2e-10)[(seq_len(nrow(a)) %% 3) + 1])
w(data.frame(subject_id = sprintf("A%02d", seq_len(nrow(a))), arm = as.character(a$x), time = tt,
             status = a$status, dose = round(seq_len(nrow(a)) / 3)), "amljit.tte.csv")
cases <- rbind(
  c("heart_cp_cox", "heart.tte.csv", "--ref-arm no_surgery --covariates age,year,transplant"),
  c("heart_cp_cluster_cox", "heart.tte.csv", "--ref-arm no_surgery --covariates age,year,transplant --cluster"),
  c("cgd_cluster_cox", "cgd.tte.csv", "--ref-arm placebo --covariates age,steroids,height --cluster"),
  c("lungna_cox", "lungna.tte.csv", "--ref-arm male --covariates age,ph_karno,wt_loss"),
  c("lungna_cluster_cox", "lungna.tte.csv", "--ref-arm male --covariates age --cluster"),
  c("lungna_noarm_cox", "lungna.tte.csv", "--no-arm --covariates age,wt_loss"),
  c("amljit_cox", "amljit.tte.csv", "--covariates dose"),
  c("lungna_collinear_cox", "lungna.tte.csv", "--ref-arm male --covariates age,wt_loss,age_months"))
writeLines(paste(cases[, 1], cases[, 2], cases[, 3], sep = "\t"), "cases.tsv")
for (i in seq_len(nrow(cases))) {
  args <- c(cox_r, "--input", cases[i, 2], strsplit(cases[i, 3], " ")[[1]], "--out", paste0(cases[i, 1], ".expected.json"))
  system2("Rscript", args)
}
