#!/usr/bin/env python3
"""Builds the validation fixtures from examples/bundle (run from the repository root:
python3 msct-trial/src/test/resources/trial/validate/make_fixtures.py).

base/ is subject MSCT-UC-EX-01-00001 of the example, visits 1-2 only (SV, VS, LB, QS), with all its EX, SUPPEX,
CM, MH, AE and DS rows: a valid tiny bundle. Every other fixture is base/ with one thing broken (one concept each);
ValidatorFixtureTest names the finding each must produce."""
import csv, json, os, shutil, sys

SRC = "examples/bundle"
OUT = "msct-trial/src/test/resources/trial/validate/fixtures"
SUBJ = "MSCT-UC-EX-01-00001"


def read(d, name):
    with open(os.path.join(d, name), newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write(d, name, header, rows):
    with open(os.path.join(d, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def base(d):
    os.makedirs(d)
    shutil.copy(os.path.join(SRC, "study.json"), d)
    for name in sorted(os.listdir(SRC)):
        if not name.endswith(".csv"):
            continue
        h, rows = read(SRC, name)
        rows = [r for r in rows if r[h.index("USUBJID")] == SUBJ]
        if "VISITNUM" in h:
            rows = [r for r in rows if r[h.index("VISITNUM")] == "" or float(r[h.index("VISITNUM")]) <= 2]
        write(d, name, h, rows)


def edit(d, name, row, var, value):
    """Sets variable var of 1-based data row `row` of name to value."""
    h, rows = read(d, name)
    rows[row - 1][h.index(var)] = value
    write(d, name, h, rows)


def find(d, name, **match):
    h, rows = read(d, name)
    for i, r in enumerate(rows):
        if all(r[h.index(k)] == v for k, v in match.items()):
            return i + 1
    sys.exit("no row in %s/%s matching %s" % (d, name, match))


def study(d, fn):
    p = os.path.join(d, "study.json")
    s = json.load(open(p))
    fn(s)
    with open(p, "w") as f:
        json.dump(s, f, indent=2)


def lot(s):
    return next(l for l in s["lots"] if l["lotId"] == "UC2013-002")


def fixture(name, *edits):
    d = os.path.join(OUT, name)
    shutil.copytree(os.path.join(OUT, "base"), d)
    for e in edits:
        e(d)


shutil.rmtree(OUT, ignore_errors=True)
base(os.path.join(OUT, "base"))
B = os.path.join(OUT, "base")


def dup_dm(d):
    h, rows = read(d, "dm.csv")
    write(d, "dm.csv", h, rows + [list(rows[0])])


def death(d, date):
    edit(d, "dm.csv", 1, "DTHFL", "Y")
    edit(d, "dm.csv", 1, "DTHDTC", date)
    h, rows = read(d, "ds.csv")
    r = list(rows[-1])
    for k, v in dict(DSSEQ="3", DSTERM="PNEUMONIA", DSDECOD="DEATH", DSCAT="DISPOSITION EVENT",
                     DSSCAT="STUDY PARTICIPATION", EPOCH="FOLLOW-UP", DSDTC=date, DSSTDTC=date).items():
        r[h.index(k)] = v
    write(d, "ds.csv", h, rows + [r])


def no_ex(d):
    for name in ("ex.csv", "suppex.csv"):
        h, _ = read(d, name)
        write(d, name, h, [])


creat = find(B, "lb.csv", LBTESTCD="CREAT", VISITNUM="1")
total = find(B, "qs.csv", QSTESTCD="SLE2K125", VISITNUM="1")
tot_cells = find(B, "suppex.csv", IDVARVAL="1", QNAM="EXTOTCEL")
fixture("duplicate-usubjid", dup_dm)
fixture("date-before-consent", lambda d: edit(d, "lb.csv", 1, "LBDTC", "2013-06-10"))
fixture("visit-outside-window", lambda d: edit(d, "sv.csv", 2, "SVSTDTC", "2013-07-12"))
fixture("visits-out-of-order", lambda d: edit(d, "sv.csv", 2, "SVSTDTC", "2013-06-20"))
fixture("unknown-lb-test", lambda d: edit(d, "lb.csv", 1, "LBTESTCD", "HGBX"))
fixture("unknown-qs-item", lambda d: edit(d, "qs.csv", 1, "QSTESTCD", "SLE2K199"))
fixture("lb-unit-not-convertible", lambda d: edit(d, "lb.csv", creat, "LBORRESU", "mg/L"))
fixture("lb-stresn-inconsistent", lambda d: edit(d, "lb.csv", creat, "LBSTRESN", "260"))
fixture("sledai-total-inconsistent", lambda d: edit(d, "qs.csv", total, "QSSTRESN", "24"))
fixture("infusion-dose-off", lambda d: edit(d, "suppex.csv", tot_cells, "QVAL", "70000000"))
fixture("lot-not-released", lambda d: study(d, lambda s: lot(s).update(released=False)))
fixture("lot-fails-isct", lambda d: study(d, lambda s: lot(s)["phenotypePercent"].update(CD45=5.0)))
fixture("infusion-before-enrolment", lambda d: edit(d, "ex.csv", 1, "EXSTDTC", "2013-06-27T10:00"))
fixture("infusion-after-death", lambda d: death(d, "2013-07-01"))
fixture("death-inconsistent", lambda d: edit(d, "dm.csv", 1, "DTHDTC", "2014-06-30"))
fixture("ae-end-before-start", lambda d: edit(d, "ae.csv", 1, "AEENDTC", "2014-01-01"))
fixture("ae-grade5-without-death", lambda d: edit(d, "ae.csv", 1, "AETOXGR", "5"))
fixture("subject-without-infusion", no_ex)
print("creat row", creat, "total row", total, "suppex EXTOTCEL row", tot_cells)
