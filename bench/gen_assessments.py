#!/usr/bin/env python3
"""Writes N synthetic assessments as NDJSON for the `msct score --batch` benchmark (seeded, deterministic).

Each line has a patient (sex, age, weight, height), a current and a previous assessment with SLEDAI-2K descriptors,
labs (counts, urine, creatinine, complement, BP) and BILAG-2004 items, so that SLEDAI-2K, BILAG-2004 (renal graded
against the previous visit), the flare index and every eGFR equation are computed for every line.
With --single each line holds one assessment (patient + current only: SLEDAI-2K, BILAG-2004, eGFR, LLDAS, DORIS),
as the issue's throughput target counts assessments; without it each line also carries the previous visit.
Usage: python3 bench/gen_assessments.py N OUT.ndjson [SEED] [--single]
"""
import json
import random
import sys

DESCRIPTORS = ["SEIZURE", "PSYCHOSIS", "VASCULITIS", "ARTHRITIS", "MYOSITIS", "RASH", "ALOPECIA",
               "MUCOSAL_ULCERS", "PLEURISY", "PERICARDITIS"]
SCALED_ITEMS = [1, 2, 3, 5, 6, 9, 12, 16, 39, 40, 41, 42, 43, 48, 62, 71]


def assessment(rng):
    labs = {
        "platelets_10e9_l": round(rng.uniform(40, 350), 1),
        "wbc_10e9_l": round(rng.uniform(1.5, 11), 2),
        "neutrophils_10e9_l": round(rng.uniform(0.8, 8), 2),
        "lymphocytes_10e9_l": round(rng.uniform(0.3, 3.5), 2),
        "hemoglobin_g_dl": round(rng.uniform(7, 15), 1),
        "temperature_c": round(rng.uniform(36.2, 38.8), 1),
        "upcr_mg_mmol": round(rng.uniform(5, 400), 1),
        "urine_rbc_hpf": rng.randint(0, 20),
        "urine_wbc_hpf": rng.randint(0, 15),
        "urinary_casts": rng.random() < 0.15,
        "creatinine_umol_l": round(rng.uniform(45, 250), 1),
        "c3_low": rng.random() < 0.4,
        "c4_low": rng.random() < 0.3,
        "dsdna_high": rng.random() < 0.45,
        "systolic_bp": rng.randint(100, 170),
        "diastolic_bp": rng.randint(60, 99),
    }
    present = sorted(rng.sample(DESCRIPTORS, rng.randint(0, 3)))
    items = {str(i): rng.choice([0, 0, 0, 1, 2, 3, 4]) for i in rng.sample(SCALED_ITEMS, 5)}
    return {
        "sledai2k": {"present": present},
        "labs": labs,
        "bilag2004": {"items": items},
        "pga": round(rng.uniform(0, 3), 1),
        "prednisone_mg_day": rng.choice([0, 5, 7.5, 10, 20, 40]),
        "immunosuppressants": rng.choice([[], ["MMF"], ["CYC"], ["AZA"]]),
        "antimalarial": rng.random() < 0.6,
    }


def main():
    args = [a for a in sys.argv[1:] if a != "--single"]
    single = "--single" in sys.argv
    n = int(args[0])
    out = args[1]
    rng = random.Random(int(args[2]) if len(args) > 2 else 20261122)
    with open(out, "w", encoding="utf-8") as f:
        for _ in range(n):
            rec = {
                "patient": {"sex": rng.choice(["F", "F", "F", "M"]), "age": rng.randint(16, 70),
                            "weight_kg": round(rng.uniform(40, 95), 1), "height_cm": rng.randint(150, 185)},
                "current": assessment(rng),
            }
            if not single:
                rec["previous"] = assessment(rng)
            f.write(json.dumps(rec, separators=(",", ":")))
            f.write("\n")


if __name__ == "__main__":
    main()
