#!/usr/bin/env Rscript
## Corrections to two defects of the shared R oracle scripts, computed with the same R and survival versions
## (R 4.2.2, survival 3.5-3, Debian bookworm). msct's tests overlay these values on the expected JSON files.
##  1. logrank.R: df <- sum(s$exp > 0) - 1 is applied to the arm x stratum matrix of a stratified survdiff, so it
##     counts cells; R's own print.survdiff and s$pvalue use the arms (row sums). Corrected: df and p.
##  2. cox.R: concordance_se reads fit$concordance["var"], which survival 3.5-3 does not return (it returns "std"),
##     so every expected file says null. Corrected: concordance_se = fit$concordance["std"].
## Usage (from this folder): Rscript make_corrections.R ../../../../../../shared/oracles/cases > corrections.json
suppressPackageStartupMessages({library(survival); library(jsonlite)})
cases <- commandArgs(trailingOnly = TRUE)[1]
man <- read.delim(file.path(cases, "manifest.tsv"), colClasses = "character")
out <- list()
args_of <- function(s) { a <- strsplit(trimws(s), "\\s+")[[1]]; r <- list(); i <- 1
  while (i <= length(a)) { k <- sub("^--", "", a[i]); if (i < length(a) && !startsWith(a[i + 1], "--")) { r[[k]] <- a[i + 1]; i <- i + 2 } else { r[[k]] <- "true"; i <- i + 1 } }
  r }
for (j in seq_len(nrow(man))) {
  m <- man[j, ]; a <- args_of(m$args)
  if (m$oracle == "logrank" && !is.null(a[["strata-col"]])) {
    d <- read.csv(file.path(cases, m$input), stringsAsFactors = FALSE, colClasses = c(subject_id = "character", arm = "character"))
    lv <- sort(unique(d$arm), method = "radix"); d$arm <- factor(d$arm, levels = lv)
    f <- as.formula(paste0("Surv(time, status) ~ arm + strata(", a[["strata-col"]], ")"))
    r <- list()
    for (rho in c(0, 1)) {
      s <- survdiff(f, data = d, rho = rho)
      df <- sum(rowSums(s$exp) > 0) - 1
      r[[if (rho == 0) "logrank.df" else "peto_rho1.df"]] <- df
      r[[if (rho == 0) "logrank.p" else "peto_rho1.p"]] <- sprintf("%.17g", pchisq(s$chisq, df, lower.tail = FALSE))
    }
    out[[m$case]] <- list(reason = "stratified df counts arms, not arm x stratum cells (print.survdiff)", values = r)
  }
  if (m$oracle == "cox") {
    d <- read.csv(file.path(cases, m$input), stringsAsFactors = FALSE, colClasses = c(subject_id = "character", arm = "character"))
    covs <- if (is.null(a$covariates)) character(0) else strsplit(a$covariates, ",")[[1]]
    lv <- sort(unique(d$arm), method = "radix"); if (!is.null(a[["ref-arm"]])) lv <- c(a[["ref-arm"]], setdiff(lv, a[["ref-arm"]]))
    d$arm <- factor(d$arm, levels = lv)
    cp <- "tstart" %in% names(d)
    lhs <- if (cp) "Surv(tstart, time, status)" else "Surv(time, status)"
    terms <- c(if (is.null(a[["no-arm"]])) "arm", covs)
    if (!is.null(a$cluster)) terms <- c(terms, "cluster(subject_id)")
    f <- as.formula(paste(lhs, "~", paste(terms, collapse = " + ")))
    used <- c("time", "status", if (cp) "tstart", covs)
    d <- d[complete.cases(d[, used, drop = FALSE]), ]
    r <- list()
    for (ties in c("efron", "breslow", "exact")) {
      fit <- tryCatch(coxph(f, data = d, ties = ties), error = function(e) NULL)
      if (is.null(fit) || is.null(fit$concordance)) next
      r[[paste0(ties, ".concordance_se")]] <- sprintf("%.17g", unname(fit$concordance["std"]))
    }
    out[[m$case]] <- list(reason = "concordance_se = fit$concordance[\"std\"] (the oracle reads a missing \"var\")", values = r)
  }
}
cat(toJSON(list(source = "make_corrections.R with R 4.2.2, survival 3.5-3", cases = out), auto_unbox = TRUE, pretty = TRUE, digits = NA))
