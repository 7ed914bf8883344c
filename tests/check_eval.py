"""The completeness check held against the evaluation set (issue 18, item 7).

``tests/fixtures/check_eval/`` holds fictional plain-text notices, each with the findings a
data-protection practitioner expects (``expected``) and the near misses that must not raise a
code (``absent``), written before the check ran on them. ``tuned/`` is what rules may be tuned
on; ``heldout/`` is a third that no rule is tuned on: its files are read only by this module,
which reports aggregate figures for it (per-notice results are printed for the tuned part only).

Scoring, per notice, on the codes of the notice's own text (site codes are out of scope):

- a decision is correct when an expected code is found, or a listed-absent code is not found;
- a finding whose code is neither expected nor listed absent is an unexpected finding, a wrong
  decision of its own;
- agreement = correct decisions / (expected + listed absent + unexpected findings).

Per code: precision = found and expected / found; recall = found and expected / expected.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

EVAL = Path(__file__).resolve().parent / "fixtures" / "check_eval"
# heldout2: a second held-out batch, written after the reader was begun and never shown to it.
# fresh: twelve notices written (expected and absent codes committed) before the check ran on
# them; rules may be tuned on it after its first figure was recorded. fresh2: fourteen more
# written the same way, aimed at the code families weakest in the held-out per-code tables.
# heldout3: ten notices (3 sv) the lead wrote with their expectations and committed before the
# check ran on them, after the second generalisation round: no helper or rule has seen them.
# heldout4: fourteen notices (5 sv) a helper wrote from the documentation alone, never running
# the check nor reading its code; its first figure was taken after the importer fixes of the
# fourth round, before any rule of that round was merged.
# fresh3: twelve notices (4 sv) written the same way as fresh (expectations committed before the
# check ran on them), aimed at retention per data group, vague wordings and item-by-item bases.
# heldout5: ten notices (5 sv) a helper wrote from the documentation and the legal notes alone,
# never running the check nor reading its code, after round 5 (which had read the other held-out
# parts' totals); its first figure was taken on the code of that round, before any change.
# fresh4: fourteen notices (5 sv) written the same way as fresh (expectations committed before the
# check ran on them), aimed at issue 18's kinds and at the code families that disagreed most on
# the fifth held-out batch (bases item by item, interests, objection, portability, sources,
# request channels, placeholder contacts, patient-record periods in words).
# heldout6: twelve notices (5 sv) written the same way by another helper on 2026-12-04, after
# round 5, from docs/completeness-check.md, the legal notes and issue 18 alone; measured first on
# the code of stop 25, before round 6 began (no round-6 helper may read it).
# fresh5: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-04,
# never running the check, aimed at false alarms on right things said in unusual ways; first
# measured on the code of stop 25, then open to tuning.
# fresh6: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-04,
# never running the check (tables, letters, Q&A, templates, short notices); first measured on
# the code of round 8's sentence splitter, before any change for it: 0.988 (512/518), no missed
# error of issue 18's kinds (0.983, 509/518, on the code before round 8); then open to tuning.
# heldout7: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-04,
# never running the check, aimed at the code families the held-out parts disagreed on most
# (retention per data group, bases in unusual places, consent by conduct, vague periods, request
# limits, health data); first measured on the code before round 8: 0.983 (509/518), 6 missed
# errors of issue 18's kinds; then on round 8's code, which never saw it: 0.990 (513/518), 3
# missed. No rule is tuned on it.
# fresh7: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-04,
# never running the check, aimed at retention said in unusual places, bases in unusual places,
# consent by conduct and vague periods; first measured on the code of stop 27 (and again after
# the importer's unwrapping, the same): 0.988 (512/518), 2 missed errors of issue 18's kinds;
# then open to tuning (round 9).
# fresh8: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-04,
# never running the check, aimed at misses of issue 18's kinds in unusual wordings and places
# (footnotes, table cells, a P.S.); first measured on the code of round 9: 0.981 (508/518), and
# 0.979 (507/518) on the code after the round's heading fixes, 5 missed errors of issue 18's
# kinds; then open to tuning (round 10).
# fresh9: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-04,
# never running the check, aimed at misses in the families the held-out parts still missed;
# first measured on the code of round 10: 0.975 (505/518), 10 missed errors of issue 18's
# kinds; 0.981 (508/518), 7 missed, after the lead's probes (written while fresh9 was being
# written; the probes' wordings are the lead's, some also given as examples in fresh9's brief);
# then open to tuning (round 11).
# heldout8: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-04, as a
# new user would bring them (salons, trainers, therapists; old templates and owners' own
# styles), never running the check nor reading its code; first measured on the code of stop 27,
# before round 9: 0.993 (441/444), no missed error of issue 18's kinds. No rule is tuned on it.
# heldout9: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-04
# while round 11 ran, as a new user would bring them, never running the check nor reading its
# code; first measured on the code of round 11 (the same on round 10's): 0.980 (435/444), 1
# missed error of issue 18's kinds. No rule is tuned on it; its per-code totals prompted the
# lead's probes of access wordings of his own (436/444 after).
# heldout10: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# while round 12 began, as a new user would bring them, never running the check nor reading its
# code; first measured on the code of stop 28: 0.989 (439/444), 1 missed error of issue 18's
# kinds; on round 12's first commit (its consent-by-conduct probes, written before the batch was
# read by anyone but its writer): 0.991 (440/444), none missed. No rule is tuned on it.
# heldout11: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# during round 12, never running the check nor reading its code; first measured on round 12's
# code (0174a6d) and on stop 28's alike: 0.966 (429/444), 5 missed errors of issue 18's kinds.
# No rule is tuned on it.
# heldout12: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# late in round 12, never running the check nor reading its code; first measured on round 12's
# code (5a179ec with the importer's phone-row fix): 0.973 (432/444), 2 missed errors of issue
# 18's kinds (0.968, 430/444, 4 missed, on stop 28's code). No rule is tuned on it.
# heldout13: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# while round 13 began, never running the check nor reading its code; first measured on round
# 13's second commit and on stop 29's code alike: 0.986 (438/444), 3 missed errors of issue 18's
# kinds. No rule is tuned on it.
# heldout14: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# during round 13, never running the check nor reading its code; first measured on round 13's
# code (c7eb24c, after its probes): 0.973 (432/444), 3 missed errors of issue 18's
# kinds; 0.971 (431/444), 3 missed, on stop 29's code. No rule is tuned on it.
# heldout15: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# late in round 13, never running the check nor reading its code; first measured on round 13's
# code (7424ca9): 0.989 (439/444), 1 missed error of issue 18's kinds; 0.984 (437/444), 1
# missed, on stop 29's code. No rule is tuned on it.
# heldout16: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# while round 14 began, never running the check nor reading its code; first measured on stop
# 30's code and on round 14's first changes alike: 0.975 (433/444), 4 missed errors of issue
# 18's kinds. No rule is tuned on it.
# heldout17: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# during round 14, never running the check nor reading its code; first measured on round 14's
# first changes and on stop 30's code alike: 0.986 (438/444), 4 missed errors of issue 18's
# kinds. No rule is tuned on it.
# heldout18: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# during round 14, never running the check nor reading its code; first measured on round 14's
# code after fresh17's changes: 0.995 (442/444), no missed error of issue 18's kinds; 0.995
# (442/444), 1 missed, on stop 30's code. No rule is tuned on it.
# heldout19: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# late in round 14, never running the check nor reading its code; first measured on round 14's
# code (5902416, and eabaa08 alike): 0.982 (436/444), 4 missed errors of issue 18's kinds;
# 0.977 (434/444), 5 missed, on stop 30's code. No rule is tuned on it.
# heldout20: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# late in round 14, never running the check nor reading its code; first measured on round 14's
# code (888f6eb): 0.977 (434/444), 3 missed errors of issue 18's kinds; 0.975 (433/444), 4
# missed, on stop 30's code. No rule is tuned on it.
# heldout21: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05 at
# the end of round 14, never running the check nor reading its code; first measured on round
# 14's code (631bc1b): 0.980 (435/444), 4 missed errors of issue 18's kinds; the same on stop
# 30's code. No rule is tuned on it.
# heldout22: twelve notices (6 sv) written the same way at the end of round 14; first measured
# on round 14's code (d0c8091 with 631bc1b's change): 0.975 (433/444), 3 missed errors of issue
# 18's kinds; 0.968 (430/444), 5 missed, on stop 30's code. No rule is tuned on it.
# heldout23: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# while round 15 began, never running the check nor reading its code; first measured on stop
# 31's code (ae94d41) and on round 15's first change (b61fa18) alike: 0.989 (439/444), 2 missed
# errors of issue 18's kinds. No rule is tuned on it.
# heldout24: twelve notices (6 sv) written the same way at the same time; first measured on stop
# 31's code and on b61fa18 alike: 0.977 (434/444), 6 missed errors of issue 18's kinds. No rule
# is tuned on it.
# heldout25: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# during round 15, never running the check nor reading its code; first measured on round 15's
# code (29d007a) and on stop 31's alike: 0.971 (431/444), 2 missed errors of issue 18's kinds.
# No rule is tuned on it.
# heldout26: twelve notices (6 sv) written the same way during round 15; first measured on round
# 15's code (6ced5ae) and on stop 31's alike: 0.968 (430/444), 7 missed errors of issue 18's
# kinds. No rule is tuned on it.
# heldout27: twelve notices (6 sv) written the same way late in round 15; first measured on round
# 15's code (eb74bbc): 0.980 (435/444), 3 missed errors of issue 18's kinds; 0.977 (434/444), 4
# missed, on stop 31's code. No rule is tuned on it.
# heldout28: twelve notices (6 sv) written the same way at the end of round 15; first measured on
# round 15's last code (738accf): 0.980 (435/444), 5 missed errors of issue 18's kinds; 0.973
# (432/444), 6 missed, on stop 31's code. No rule is tuned on it.
# fresh10: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at the four families the held-out parts still missed; 500/518 on stop 28's code, 502/518
# on round 12's before any change for it; then open to tuning.
# fresh11: fourteen notices (7 sv) written the same way, aimed at false alarms on right notices
# said in unusual ways; 506/518 on round 12's code (and stop 28's) before any change for it.
# fresh12: fourteen notices (7 sv) written the same way, aimed at issue 18's kinds in idioms,
# pronouns and split sentences; 507/518 on round 12's code before any change for it.
# fresh13: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at which data a retention sentence is about (pronouns, compounds, borrowed periods, Q&A
# answers) and at false alarms; 504/518 (0.973), 5 missed errors of issue 18's kinds, on round
# 13's code (f05b3b7) before any change for it; then open to tuning.
# fresh14: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at the most-missed kinds (consent by conduct, vague periods, request limits, the GDPR
# as the obligation, placeholder contacts, health in everyday words); 509/518 (0.983), 3 missed
# errors of issue 18's kinds, on round 13's code after its probes and fresh15 (the probes and
# the batch's brief shared some example wordings), before any change for it; then open to
# tuning.
# fresh15: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at false alarms on right notices (bases, rights, dates and periods said in unusual
# ways); 503/518 (0.971), 1 missed error of issue 18's kinds, on round 13's code before any
# change for it; then open to tuning.
# fresh16: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# as new users bring them (long old templates, short homemade pages, notices mixed with cookie
# policies and terms, tables per group, health in non-health businesses, a fact said twice);
# 510/518 (0.985), 1 missed error of issue 18's kinds, on round 13's code (e93cd96) before any
# change for it; then open to tuning.
# fresh17: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at the families the held-out parts still missed (vague periods in new wordings, consent
# by conduct in new forms, request limits, a group left without a period, the GDPR as the
# obligation, transfers); 505/518 (0.975), 8 missed errors of issue 18's kinds, on stop 30's
# code; 507/518, 6 missed, on round 14's first changes (its probes were written before the batch
# was read), before any change for it; then open to tuning.
# fresh18: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at consent by conduct in many shapes and places, vague periods in new phrasings and a
# group left without a period; 500/518 (0.965), 11 missed errors of issue 18's kinds, on stop
# 30's code; 501/518, 9 missed, on round 14's code after fresh17's changes, before any change
# for it; then open to tuning.
# fresh19: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at false alarms on right notices (retention, bases, rights and contacts said in unusual
# but valid ways), with a few errors in new wordings; 489/518 (0.944), 6 missed errors of issue
# 18's kinds, on stop 30's code; 491/518, 6 missed, on round 14's code (with its limits
# reading), before any change for it; then open to tuning.
# fresh20: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05 at
# the end of round 14, aimed at false alarms on right notices (purposes, bases, rights and
# retention said in plain or unusual ways; 11 clean); 499/518 (0.963) on stop 30's code,
# 501/518 on round 14's, no missed error of issue 18's kinds, before any change for it; then
# open to tuning.
# fresh21: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at consent by conduct and vague periods in many sentence shapes and their near misses;
# 501/518 (0.967), 11 missed errors of issue 18's kinds, on stop 31's code; 503/518, 9 missed,
# on round 15's first changes (its probes were written before the batch was read), before any
# change for it; then open to tuning.
# fresh22: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at retention per data group (right notices saying it in unusual ways, and a group left
# with no period); 510/518 (0.985), 4 missed errors of issue 18's kinds, on stop 31's code and on
# round 15's code before any change for it; then open to tuning.
# fresh23: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at request limits, required request forms, the data-protection law as the obligation
# and placeholder contacts in many shapes; 510/518 (0.985), 2 missed errors of issue 18's
# kinds, on stop 31's code and on round 15's (5442d28) alike, before any change for it; then open
# to tuning.
# fresh24: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05 at
# the end of round 15, aimed at false alarms on right notices (ten clean); 500/518 (0.965), 1
# missed error of issue 18's kinds, on stop 31's code; 502/518 on round 15's (b33c9f2), before
# any change for it; then open to tuning.
# fresh25: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at one-person businesses writing in the first person singular (consent by conduct and
# vague periods in the owner's own voice); 504/518, 9 missed errors of issue 18's kinds, on stop
# 32's code; 507/518, 6 missed, on round 16's first changes (their probes were written before
# the batch was read), before any change for it; then open to tuning.
# fresh26: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at retention per data group said in unusual places and vague periods beside firm ones;
# 511/518, 3 missed errors of issue 18's kinds, on stop 32's code and on round 16's first
# changes alike, before any change for it; then open to tuning.
# heldout29: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05, as
# a new user would bring them (one-person businesses, old templates, a Q&A page, a table),
# never running the check nor reading its code; 441/444, 2 missed errors of issue 18's kinds,
# on stop 32's code and on round 16's first changes alike. No rule is tuned on it.
# heldout30: twelve notices (6 sv) written the same way by another helper (owners' own words, a
# booking service's template, a letter, footnotes, sections out of order); 434/444, 3 missed, on
# stop 32's code; 435/444, 2 missed, on round 16's first changes. No rule is tuned on it.
# fresh27: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at false alarms (eight right notices saying right things in unusual ways); 508/518, 1
# missed error of issue 18's kinds, on stop 32's code and on round 16's (4ad635d) alike, before
# any change for it; then open to tuning.
# fresh28: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at consent by conduct in as many sentence shapes as the writer could invent, and its
# near misses; 507/518, 4 missed errors of issue 18's kinds, on stop 32's code; 508/518, 4
# missed, on round 16's (d9a5b83), before any change for it; then open to tuning.
# fresh29: fourteen notices (7 sv) written the same way, aimed at vague periods and retention
# per data group in everyday shapes, and firm periods said unusually; 509/518, 1 missed, on stop
# 32's code; 508/518, 1 missed, on round 16's (d9a5b83), before any change for it; then open to
# tuning.
# fresh30: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at retention per data group in health care and coaching (a group left with no period in
# shapes a careless reader misses, and complete retention said in unusual ways); 510/518, 5
# missed errors of issue 18's kinds, on stop 32's code and on round 16's (before any change for
# it) alike; then open to tuning.
# fresh31: fourteen notices (7 sv) written the same way, aimed at false alarms (nine right
# notices: purposes in prose, bases in a table, one Art 9 condition for all health data, rights
# as numbered questions); 514/518, 2 missed, on stop 32's code and round 16's alike; then open to
# tuning.
# heldout31: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# (copied from older sites, written on the owner's behalf, headings out of the law's order, a
# table, a FAQ, a very short one); 431/444, 5 missed, on stop 32's code; 432/444, 5 missed, on
# round 16's (4ad635d). No rule is tuned on it.
# heldout32: twelve notices (6 sv) written the same way by another helper (run-on sentences, a
# notice inside booking terms, bilingual headings, old templates); 433/444, 3 missed, on stop
# 32's code; 435/444, 2 missed, on round 16's (4ad635d). No rule is tuned on it.
# heldout33: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05, late
# in round 16 (twelve kinds of business, each in its own style); 438/444, 3 missed, on stop
# 32's code and on round 16's (d9a5b83 and the CBC guards after it) alike. No rule is tuned on it.
# heldout34: twelve notices (6 sv) written the same way by another helper (notices adapted from
# one found online: merged sections, footnotes, a P.S.); 431/444, 4 missed, on stop 32's code
# and on round 16's alike. No rule is tuned on it.
# heldout35: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05 at
# the end of round 16 (each business in a style of its own); 436/444, 6 missed, on stop 32's
# code and on round 16's last code (0aa24fe) alike. No rule is tuned on it.
# heldout36: twelve notices (6 sv) written the same way by another helper (one- to three-person
# businesses, regional voices); 429/444, 7 missed, on stop 32's code; 427/444, 7 missed, on
# round 16's last code (0aa24fe). No rule is tuned on it.
# heldout37: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# while round 17 began (new users' notices of many kinds, long templates and homemade pages),
# never running the check nor reading its code; 440/444, 2 missed errors of issue 18's kinds, on
# stop 33's code and on round 17's first changes alike. No rule is tuned on it.
# heldout38: twelve notices (6 sv) written the same way by another helper (tables, FAQ, numbered
# lists, a notice merged with booking terms); 442/444, 1 missed, on stop 33's code and round
# 17's first changes alike. No rule is tuned on it.
# heldout39: twelve notices (6 sv) written the same way by a third helper (notices copied from
# older sites and edited, very short and long ones); 436/444, 3 missed, on stop 33's code and
# round 17's first changes alike. No rule is tuned on it.
# fresh32: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at consent by conduct and vague periods in new grammar and places; 501/518, 11 missed
# errors of issue 18's kinds, on stop 33's code; 502/518, 10 missed, on round 17's first
# changes, before any change for it; then open to tuning.
# fresh33: fourteen notices (7 sv) written the same way, aimed at retention per data group
# (periods said in unusual ways, one group left without one); 511/518, 3 missed, on stop 33's
# code and on round 17's first changes alike; then open to tuning.
# heldout40: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# during round 17 (twelve kinds of business, each in its owner's style), never running the check
# nor reading its code; 437/444, 2 missed, on stop 33's code and on round 17's (b1b8f4e) alike.
# No rule is tuned on it.
# heldout41: twelve notices (6 sv) written the same way by another helper (formal templates,
# chatty pages, a FAQ); 438/444, 1 missed, on stop 33's code and round 17's alike. No rule is
# tuned on it.
# fresh34: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at vague periods as owners write them and their near misses; 509/518, 7 missed, on stop
# 33's code and round 17's (b1b8f4e) alike, before any change for it; then open to tuning.
# fresh35: fourteen notices (7 sv) written the same way, aimed at consent by conduct in everyday
# language and its near misses; 508/518, 5 missed, on stop 33's code and round 17's alike,
# before any change for it; then open to tuning.
# heldout42: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05
# late in round 17 (twelve kinds of business; lists, prose, Q&A, booking terms), never running
# the check nor reading its code; 437/444, 2 missed, on stop 33's code and on round 17's
# (dfa0dba) alike. No rule is tuned on it.
# heldout43: twelve notices (6 sv) written the same way by another helper (old 'Rekisterin nimi'
# templates, homemade pages, a FAQ, a table); 435/444, 1 missed, on stop 33's code and round
# 17's alike. No rule is tuned on it.
# heldout44: twelve notices (6 sv) written the same way by a third helper (one- to three-person
# businesses in their owners' voices); 441/444, 1 missed, on stop 33's code and round 17's
# alike. No rule is tuned on it.
# fresh36: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# twelve right in every code in unusual but valid shapes (aimed at false alarms); 503/518 on
# stop 33's code and round 17's (dfa0dba) alike, before any change for it; then open to tuning.
# fresh37: fourteen notices (7 sv) written the same way, aimed at the kinds most often missed
# (consent by conduct, vague periods, a group left without a period, request limits); 506/518,
# 8 missed, on stop 33's code and round 17's alike, before any change for it; then open to
# tuning.
# heldout45: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05 at
# the end of round 17, never running the check nor reading its code; 441/444, none missed, on
# stop 33's code and round 17's last code (09bece5) alike. No rule is tuned on it.
# heldout46: twelve notices (6 sv) written the same way by another helper (template sections,
# prose, a FAQ, a table of data groups); 439/444, 4 missed, on both alike. No rule is tuned on it.
# heldout47: twelve notices (6 sv) written the same way by a third helper (older templates
# edited, casual new pages); 439/444, 1 missed, on both alike. No rule is tuned on it.
# heldout48: twelve notices (6 sv) a helper wrote from the documentation alone on 2026-12-05 at
# the start of round 18, never running the check nor reading its code, as new users would bring
# them (old templates, owners' own styles, a very short and a long notice); 440/444, none missed,
# on stop 34's code and on round 18's first code (its heading fix) alike. No rule is tuned on it.
# heldout49: twelve notices (6 sv) written the same way by another helper, aimed at the families
# where checkers and practitioners disagree most (retention per data group, vague and firm
# periods in owners' words, consent by conduct and its look-alikes, request limits, health
# data); 429/444, 7 missed, on both alike. No rule is tuned on it.
# fresh38: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at false alarms of consent by conduct (twelve lawful notices full of consents asked,
# terms accepted and conduct denied); 510/518, 2 missed, on stop 33's code and round 17's alike,
# before any change for it; then open to tuning.
# fresh39: fourteen notices (7 sv) written the same way, aimed at false alarms of missing bases,
# purposes and retention groups on right notices; 514/518 on stop 33's code, 513/518 on round
# 17's before any change for it (a retention heading read rightly took away a basis the
# importer had read by mistake); then open to tuning.
# heldout50: twelve notices (6 sv) written the same way by a third helper, in unusual forms (a
# Q&A, a table pasted as text, a letter, numbered sub-sections) for less common businesses (a
# dog groomer, a music teacher, a dietitian, an osteopath); 431/444, 3 missed, on stop 34's code
# and on round 18's code before its reading of criteria alike. No rule is tuned on it.
# heldout51, heldout52, heldout53: twelve notices each (6 sv) three helpers wrote from the
# documentation alone on 2026-12-05 during round 18, after its reading of criteria, never running
# the check nor reading its code (heldout51: retention said in many ways; heldout52: a week of a
# practitioner's clients; heldout53: consents and bases). First runs on round 18's code of
# 210cab4: 440/444 (2 missed), 437/444 (1 missed), 440/444 (3 missed); on stop 34's code 439,
# 437 and 439 (3, 1 and 4 missed). No rule is tuned on them.
# heldout54: twelve notices (6 sv) a helper wrote the same way late in round 18 (a new user's
# notices in many styles and fields); 438/444 (1 missed) at its first run, on round 18's code of
# d3468ac and on stop 34's alike. Not tuned on.
# heldout55: twelve notices (6 sv) a helper wrote the same way late in round 18 (retention per
# group, conduct and its look-alikes, request limits, health data, transfers); first run on
# round 18's code of 60bee6c 439/444 (3 missed); 438/444 (4 missed) on stop 34's. Not tuned on.
# heldout56, heldout57: twelve notices each (6 sv) two helpers wrote from the documentation alone
# at the end of round 18 (heldout56: small businesses' notices in many styles; heldout57: the
# hardest cases in the writer's own words), never running the check nor reading its code; first
# runs on round 18's code of ce7c3b4 439/444 (1 missed) and 431/444 (6 missed); on stop 34's
# 439/444 and 430/444 (the same misses). No rule is tuned on them.
# heldout58, heldout59: twelve notices each (6 sv) two helpers wrote from the documentation
# alone on 2026-12-05 as round 19 began (heldout58: a new user's notices in many shapes;
# heldout59: old numbered templates, conversational pages, notices mixed with cookie policies),
# never running the check nor reading its code; first runs on stop 35's code (f5ed46a) 441/444
# (1 missed) and 438/444 (none missed). (Their writers' brief spelled two fields "physio" and
# "othercare"; the metadata was corrected to "physiotherapy" and "other_health_care", the
# check's names, before these figures; the same for the batches below.) No rule is tuned on them.
# fresh44: fourteen notices (7 sv) a helper wrote the same way as round 19 began, aimed at consent
# by conduct in new shapes and places and at consent asked rightly near an act; 506/518 (5
# missed) at its first run on stop 35's code; then open to tuning.
# fresh45: fourteen notices (7 sv) written the same way, aimed at retention ended by the keeper's
# own circumstances (a licence, a subscription, a change of system), firm periods in table rows
# naming the person, and a group left without a period; 509/518 (6 missed) at its first run on
# stop 35's code; then open to tuning.
# heldout60, heldout61: twelve notices each (6 sv) two helpers wrote from the documentation
# alone during round 19, after its first commit (1855b46), never running the check nor reading
# its code (heldout60: new fields and owners' voices, its brief naming consent "said any way:
# means, equals, counts as, is deemed" among the problems to plant; heldout61: prose pages and
# old numbered templates); first runs on 1855b46 438/444 (2 missed) and 435/444 (3 missed); on
# stop 35's code 435/444 (5 missed) and 435/444 (3 missed). No rule is tuned on them.
# fresh46: fourteen notices (7 sv) a helper wrote the same way during round 19, aimed at purposes
# and their bases said as owners say them (by number, per basis, in prose, in tables, in
# footnotes); 515/518 at its first run, on stop 35's code and round 19's alike; then open.
# heldout62, heldout63: twelve notices each (6 sv) two helpers wrote from the documentation
# alone late in round 19, never running the check nor reading its code (heldout62: new fields,
# any form; heldout63: owners who are not lawyers, too short or too long, templates translated
# awkwardly, correct statements phrased so as to tempt false alarms); first runs on round 19's
# code of d96c51c 440/444 (1 missed) and 431/444 (4 missed); on stop 35's code 439/444 (2
# missed) and 432/444 (4 missed): one vague period found and one raised wrongly, both by the
# round's reading of data named apart. No rule is tuned on them.
# heldout64, heldout65: twelve notices each (6 sv) two helpers wrote from the documentation
# alone at the end of round 19, never running the check nor reading its code (heldout64: any
# field and form, problems phrased as the docs do not; heldout65: notices edited over years,
# parts repeating or contradicting each other); first runs on round 19's last code (9de3bf2)
# 439/444 (2 missed) and 436/444 (1 missed), the same on stop 35's code. No rule is tuned on
# them.
# fresh43: fourteen notices (7 sv) a helper wrote the same way at the end of round 18, aimed at
# false alarms (ten lawful notices saying contacts, cookies, rights, withdrawal and complaint in
# unusual ways); 503/518 at its first run on ce7c3b4, 500/518 on stop 34's code; then open to
# tuning.
# fresh40: fourteen notices (7 sv) a helper wrote from the documentation alone on 2026-12-05,
# aimed at retention (vague periods in the owner's words, firm ones said unusually, a group left
# without a period); 505/518, 7 missed, on stop 34's code and round 18's first code alike; 507 on
# the first form of round 18's reading of criteria, written before it was read; then open to
# tuning.
# fresh41: fourteen notices (7 sv) written the same way, aimed at consent by conduct and its
# lawful look-alikes; 510/518, 3 missed, on both alike; then open to tuning.
# fresh42: fourteen notices (7 sv) a helper wrote from the documentation alone late in round 18,
# aimed at false alarms of missing bases, purposes and rights (ten lawful notices saying them in
# unusual places and words); 502/518, 0 missed, on stop 34's code and round 18's of d3468ac
# alike; then open to tuning.
# heldout66–heldout69: twelve notices each (6 sv) four helpers wrote from the documentation
# alone at the start of round 20, never running the check nor reading its code (heldout66: any
# field, owners' voices; heldout67: micro-businesses doing several things, many purposes and
# groups; heldout68: notices as pasted from websites, with menus, footers, FAQ pages, flattened
# tables and hard-wrapped lines; heldout69: the practitioner's hard cases and their lawful
# look-alikes); first runs on stop 36's code (5ee70da) 436, 439, 435 and 439 of 444 (12
# missed), on round 20's first code (a yes as a noun) 436, 439, 436 and 439 (11 missed). No
# rule is tuned on them.
# heldout70, heldout71: twelve notices each (6 sv) two helpers wrote from the documentation
# alone during round 20, after its first commit (cde5bf0), never running the check nor reading
# its code (heldout70: owners of very small firms, notices organised per data group, bases in
# the owner's words; heldout71: health care and practices that note health: patient records,
# Art 9 conditions, video tools, requests); first runs 433/444 (2 missed) and 439/444 (1
# missed), the same on stop 36's code and on cde5bf0. No rule is tuned on them.
# fresh47: fourteen notices (7 sv) a helper wrote the same way, aimed at consent by conduct in
# shapes not yet read (a yes as a noun, a button, continuing, arriving, a group chat, following
# on social media) and its lawful look-alikes (double opt-in, soft opt-in, a KYLLÄ reply);
# 511/518 at its first run on stop 36's code and round 20's alike; then open to tuning.
# fresh48: fourteen notices (7 sv) written the same way, aimed at retention per data group
# outside health care (recordings, photographs, a coach's health notes, chat, "other data");
# 516/518 at its first run, on both; then open to tuning.
# heldout72, heldout73: twelve notices each (6 sv) two helpers wrote from the documentation
# alone at the start of round 21, never running the check nor reading its code (heldout72: a
# general mix, errors spread over every code; heldout73: the errors practitioners most often find
# — consent by conduct, retention vague or missing for one group, limits on requests — beside
# lawful look-alikes); first runs 436/444 (0 missed) and 429/444 (11 missed), the same on stop
# 37's code (d74d589) and on round 21's first commit (087790a). No rule is tuned on them.
# fresh49: fourteen notices (7 sv) a helper wrote the same way, aimed at consent by conduct said
# as the keeper's own judgement or presumption ("utgår jag från att …", "katsomme, että saamme
# …") and vague retention; fresh50: fourteen notices (7 sv) aimed at retention per group of
# people (gift-card buyers, enquirers, chat writers, waiting lists, subscribers) and limits on
# free requests; 507/518 and 510/518 at their first runs, on stop 37's code and round 21's first
# commit alike; then open to tuning.
# heldout74, heldout75: twelve notices each (6 sv) two helpers wrote from the documentation
# alone during round 21, after its third commit (da3db86), never running the check nor reading
# its code (heldout74: owners' own words, FAQ headings; heldout75: many groups of people and
# data, retention covering some precisely and others not); first runs 433/444 (5 missed) and
# 439/444 (3 missed) on round 21's code of 65fde0c, 433 and 438 on stop 37's code. No rule is
# tuned on them.
# fresh51: fourteen notices (7 sv) written the same way, aimed at consent by conduct easy to
# overlook (an act and "so I may" in the next sentence, a leave included in a price, a
# pre-ticked box, a booking confirmation); fresh52: fourteen notices (7 sv) aimed at vague
# retention in owners' words and transfers to US services; 507/518 and 509/518 at their first
# runs, on stop 37's code and round 21's of 65fde0c alike; then open to tuning.
# heldout76-heldout79: twelve notices each (6 sv) four helpers wrote from the documentation
# alone as round 22 began, never running the check nor reading its code (heldout76: a general
# mix, every code expected once; heldout77: long notices with many groups of people, templates
# from another trade; heldout78: owners' own voice, FAQ headings, near misses; heldout79: health
# care, Art 9 conditions, 94/2022 periods, US tools and Art 49 offered as routine); first runs
# 443, 436, 432 and 437 of 444 (1748/1776, 2 missed), the same on stop 38's code (399f468) and
# on round 22's first commit (757f0d6). No rule is tuned on them.
# heldout80-heldout83: twelve notices each (6 sv) written the same way during round 22, after its
# fourth commit (heldout80: a general mix, every code once; heldout81: old "rekisteriseloste"
# templates partly updated; heldout82: businesses with many sides; heldout83: short one-page
# notices); first runs 441, 442, 434 and 441 of 444 (1758/1776, 4 missed), the same on stop 38's
# code and on 69cb58f. heldout84, heldout85: twelve each (6 sv) written near the round's end
# (heldout84: consent by conduct in new words and retention for every group; heldout85: a
# general mix as new users bring them); first runs 431 and 437 of 444 (868/888, 9 missed) on
# 6903a42, 429 and 437 on stop 38's code. No rule is tuned on them.
# fresh53: fourteen notices (7 sv) written the same way, aimed at consent by conduct in many
# forms and places and its look-alikes; fresh54: fourteen (7 sv) aimed at retention per group
# and vague periods in owners' words; fresh55: fourteen (7 sv) aimed at rights, request channels
# and limits, and transfers; first runs 513/518 (1 missed; on stop 38's code and on round 22's
# code of its second commit alike), 510/518 (4 missed) and 514/518 (1 missed; both on stop 38's
# code and 757f0d6 alike); then open to tuning. fresh56: fourteen (7 sv) aimed at consent by
# conduct said the ways a word list misses (the keeper's judgement, a contract, silence, a
# question answered, a table cell); fresh57: fourteen (7 sv) aimed at retention for people who
# are not clients and vague ends; fresh58: fourteen (7 sv) aimed at issue 18's kinds in unusual
# places; first runs 496/518 (11 missed: 10 of 10 conduct), 507/518 (5 missed) and 514/518 (0
# missed) on stop 38's code, 496, 509 and 514 on 69cb58f; then open to tuning.
# heldout86-heldout92: twelve notices each (6 sv) seven helpers wrote from the documentation
# alone as round 23 began, never running the check nor reading its code, each in a writer's
# style (heldout86: old "rekisteriseloste" templates updated piece by piece; heldout87: informal
# questions and answers; heldout88: labelled lines and plain-text tables; heldout89: formal,
# legalistic or translated; heldout90: businesses run on online tools; heldout91: health care;
# heldout92: side activities, many groups of people); first runs 3046/3108 (0.980, 30 missed:
# consent by conduct 17 of 25) on stop 39's code (c458d51) and on round 23's code of 4c4151a
# alike; 3050 (27 missed) after the round's consent-by-conduct shape, which was written without
# them but measured on their totals. No rule is tuned on them.
# heldout93-heldout96: twelve notices each (6 sv) four helpers wrote from the documentation
# alone late in round 23, after its consent-by-conduct, transfer and vague-retention readings,
# never running the check nor reading its code (heldout93: a general mix as new users bring
# them; heldout94: consent by conduct and periods said implied or indirect, avoiding textbook
# phrases; heldout95: many online services and request handling; heldout96: health practices
# with many groups of people); first runs 1740/1776 (0.980, 18 missed) on round 23's code of
# 81d0367, 1738/1776 (19 missed) on stop 39's code. No rule is tuned on them.
# fresh59-fresh62: fourteen notices each (7 sv) four helpers wrote from the documentation alone
# during round 23, never running the check (fresh59: consent by conduct said in many ways, acts,
# words and places; fresh60: vague retention in owners' words; fresh61: casual or translated
# notices, consent by conduct, groups left without a period, indirect limits; fresh62:
# transfers and request handling); first runs 497, 509, 500 and 498 of 518 (2004/2072, 43
# missed) on stop 39's code, 501, 509, 500 and 498 on round 23's code of acb8113; then open to
# tuning.
# heldout97-heldout100: twelve notices each (6 sv) four helpers wrote from the documentation
# alone as round 24 began, never running the check nor reading its code (heldout97: a general
# mix as new users bring them; heldout98: consent by conduct said in a chatty first person, in
# FAQs, footnotes and pasted terms, with look-alikes — its brief named "betraktar vi" and
# "förutsätter vi", which the round's first commit reads; heldout99: retention in owners' own
# words, for people who are not clients; heldout100: health care and near-health-care
# practices); first runs 429, 434, 442 and 440 of 444 (1745/1776, 0.983, 9 missed: consent by
# conduct 6, retention-incomplete 3) on stop 40's code (0aab461) and on round 24's code of
# f47cc48 alike. No rule is tuned on them.
# heldout101-heldout104: twelve notices each (6 sv) four helpers wrote from the documentation
# alone during round 24, run first on its code of b7fcfbb, after most of its rules (heldout101:
# consent by conduct in idioms and everyday speech of rural owners, with lawful look-alikes;
# heldout102: website-builder notices with the owner's additions and contradictions;
# heldout103: retention for many groups and rights in a bookkeeper's text tables; heldout104:
# health and wellbeing practices on online tools); first runs 434, 424, 435 and 436 of 444
# (1729/1776, 0.974, 14 missed: consent by conduct 6, vague 3, retention-incomplete 3,
# transfer 1, health 1) on b7fcfbb, 1728 (16 missed) on stop 40's code. The helpers' reports
# quoted some of their phrasings to the lead; no rule is tuned on them.
# fresh63-fresh65: fourteen notices each (7 sv) three helpers wrote the same way as round 24
# began (fresh63: consent by conduct and its look-alikes, a team writing "we" with a FAQ;
# fresh64: transfers service by service and request handling; fresh65: old templates, mixed-up
# bases, placeholders and dates); first runs 512, 508 and 507 of 518 (1527/1554, 6 missed) on
# stop 40's code, 512, 510 and 507 on f47cc48; then open to tuning.
# fresh66: fourteen notices (7 sv) written late in round 24, consent by conduct said as an
# assumption, a house rule, a consequence, silence, a default, a thank-you or an expectation,
# half of them lawful look-alikes; first run 505/518 on stop 40's code (5 missed: consent by
# conduct 4 of 7), 506 on bb06e80; then open to tuning.
# fresh67, fresh68: fourteen notices each (7 sv) written late in round 24 (fresh67: retention
# in owners' words, groups left without a period and vague ends, in pairs of near misses;
# fresh68: a general mix with indirect request limits and channels); first runs 514 and 505 of
# 518 on stop 40's code, 514 and 507 on round 24's code of 6bbfa84; then open to tuning.
# heldout105-heldout108: twelve notices each (6 sv) four helpers wrote from the documentation
# alone as round 25 began, never running the check nor reading its code, and reporting file
# names and codes only (heldout105: a general mix as new users bring them; heldout106:
# marketing and consent, loyalty programmes, photos and reviews, half with an act taken as
# leave; heldout107: retention for many groups, some left without a period or with a vague one;
# heldout108: requests in practice, charges and limits, channels, transfers); first runs 441,
# 434, 439 and 440 of 444 (1754/1776, 0.988, 6 missed: consent by conduct 4,
# retention-incomplete 1, limits 1) on stop 41's code (7ace649) and on d92d928 alike.
# heldout109-heldout112: twelve notices each (6 sv) four helpers wrote the same way during
# round 25, run first on its code of 7f6e558, after its first rules (heldout109: one business
# of each kind; heldout110: website-builder and translated notices mixed with old register
# descriptions; heldout111: periods in owners' words; heldout112: bases and consent item by
# item); first runs 435, 439, 438 and 441 of 444 (1753/1776, 0.987, 3 missed: health data 1,
# retention-incomplete 1, vague 1), the same on stop 41's code. No rule is tuned on them.
# fresh69-fresh74: fourteen notices each (7 sv) six helpers wrote the same way during round 25
# (fresh69: people put on marketing lists by an act or a default; fresh70: retention for the
# groups owners forget; fresh71: requests charged or limited indirectly; fresh72: vague periods
# in owners' words beside firm ones said unusually; fresh73: consent by conduct in new voices;
# fresh74: people who are not clients and their periods); first runs 506, 511, 508, 511, 511
# and 511 of 518 (3058/3108, 16 missed) on stop 41's code; then open to tuning.
# heldout113-heldout116: twelve notices each (6 sv) four helpers wrote the same way as round 26
# began (heldout113: a general mix as new users bring them; heldout114: marketing and consent,
# loyalty cards, reviews and photos, half with an act taken as consent; heldout115: retention
# for many groups, including those owners forget; heldout116: requests and transfers in
# practice, health-care practices and their records); first runs 439, 440, 439 and 444 of 444
# (1762/1776, 0.992, 3 missed: retention-incomplete 3) on stop 42's code (535b675).
# fresh75-fresh77: fourteen notices each (7 sv) three helpers wrote the same way as round 26
# began (fresh75: consent by conduct in new voices with near misses; fresh76: retention per
# group in owners' words; fresh77: website builders, translated templates and old register
# descriptions); first runs 515, 511 and 513 of 518 (1539/1554, 7 missed) on stop 42's code;
# then open to tuning.
# heldout117-heldout120: twelve notices each (6 sv) four helpers wrote the same way during
# round 26 (heldout117: data groups and their periods as small businesses have them;
# heldout118: sole traders' own voice, some taking an act as agreement; heldout119: bases,
# interests, limits, transfers and records where the law is strict; heldout120: vague and firm
# periods said in many ways); first runs 438, 440, 439 and 439 of 444 (1756/1776, 0.989, 6
# missed: retention-incomplete 3, consent by conduct 1, basis-not-an-obligation 1, limits 1) on
# round 26's code of 223e24f, 1755 with the same misses on stop 42's code.
# fresh78-fresh79: fourteen notices each (7 sv) two helpers wrote the same way during round 26
# (fresh78: data groups and their periods; fresh79: sole traders' own voice in FAQs and
# letters); first runs 514 and 511 of 518 on stop 42's code (515 and 511 on 223e24f); then open
# to tuning.
# heldout121-heldout124: twelve notices each (6 sv) four helpers wrote the same way as round 27
# began (heldout121: marketing and consent, acts taken as agreement and lawful asking;
# heldout122: retention per data group in tables, lists and FAQs; heldout123: rights, requests,
# transfers and recipients; heldout124: health data, patient records, bases per purpose, old
# templates); first runs 439, 438, 440 and 435 of 444 (1752/1776, 0.986, 5 missed:
# retention-incomplete 2, consent by conduct 1, limits 1, patient-records-retention 1) on stop
# 43's code (a2e89eb); the same after the round.
# heldout125-heldout132: twelve notices each (6 sv) eight helpers wrote the same way during
# round 27 (heldout125: notices pasted from website builders and old files; heldout126: sole
# traders' chatty voice; heldout127: several groups of people each with its own purposes and
# periods; heldout128: the strict places of the law in unusual words; heldout129: owners who
# write as they talk; heldout130: retention scattered in prose; heldout131: services and
# transfers; heldout132: bases, health data, records and requests); first runs on stop 43's
# code 439, 431, 435, 440, 434, 430, 436 and 439 of 444 (3484/3552, 0.981, 26 missed); after
# the round's rules 3486 with the same 26 missed.
# fresh80-fresh81: fourteen notices each (7 sv) two helpers wrote the same way as round 27 began
# (fresh80: everyday voices, Q&A, short notices, tables, templates, cookies; fresh81: data
# groups beyond clients, changes, dates, controllers in odd layouts); first runs 510 and 514 of
# 518 on stop 43's code; then open to tuning.
# heldout133-heldout136: twelve notices each (6 sv) four helpers wrote from the documentation
# alone as round 28 began, never running the check (heldout133: old numbered templates updated
# piecemeal; heldout134: chatty sole traders explaining by stories; heldout135: businesses on
# many online services; heldout136: health-care practices); first runs on stop 44's code 430,
# 429, 435 and 438 of 444 (1732/1776, 0.975, 26 missed).
# heldout137-heldout138: twelve notices each (6 sv) two helpers wrote the same way during round
# 28, after most of its rules, aimed at the round's themes (heldout137: data of people who are
# not clients; heldout138: request channels, caps and consents obtained at another act); first
# runs on stop 44's code 432 and 437 of 444, on the round's code then 433 and 437.
# heldout139-heldout140: twelve notices each (6 sv) two helpers wrote the same way late in round
# 28, after the learned reading of consent by conduct was trained (heldout139: owners taking an
# act or silence as agreement, nine of twelve; heldout140: a mix with many near misses); first
# runs on stop 44's code 436 and 436 of 444, on the round's rules before the learned reading 437
# and 435, with it 439 and 435.
# heldout141: twelve notices (6 sv) a helper wrote the same way at the end of round 28 (periods
# firm and vague said in many ways); first run 436 of 444 on stop 44's code, the same after.
# heldout142-heldout145: twelve notices each (6 sv) four helpers wrote from the documentation
# alone as round 29 began, never running the check (heldout142: ordinary businesses of all
# fields; heldout143: old templates patched over the years; heldout144: health-care and
# wellbeing practices; heldout145: short, informal notices of one-person trades); first runs on
# stop 45's code 438, 436, 438 and 438 of 444 (1750/1776, 0.985, none of issue 18's errors
# missed).
# fresh82: fourteen notices (7 sv) a helper wrote the same way as round 28 began (issue 18's
# errors in unusual wordings: passives, Q&A, tables as text, clauses in unexpected sections);
# first run 504 of 518 on stop 44's code, 8 missed; then open to tuning.
# heldout146-heldout147 and fresh83: twelve notices each (6 sv) three helpers wrote from the
# documentation alone as round 30 began, never running the check, shaped as notices arrive from
# real small-business sites (menus, banners and footers caught in the paste, "[email protected]",
# old numbered register templates with empty sections, periods under the security heading;
# heldout146: health-care and wellbeing practices; heldout147: salons, trainers and one-person
# trades; fresh83: a mix, open to tuning); first runs on stop 46's code 429, 426 and 433 of 444
# (3, 2 and 2 missed errors of issue 18's kinds): lower than the careful writers' batches.
# heldout148 and fresh84: twelve notices each (6 sv) two more helpers wrote the same way during
# round 30, after its first rules (heldout148: a mix of all fields; fresh84: purposes sharing
# one basis that does not fit them all, bases missing, periods for some groups only, open to
# tuning); first runs on stop 46's code 425 and 424 of 444 (5 and 3 missed), on the round's
# code at the time 430 and 428 (3 and 2 missed).
# heldout149-heldout151 and fresh85-fresh86: twelve notices each (6 sv) five helpers wrote from
# the documentation alone as round 31 began, never running the check, again shaped as notices
# arrive (heldout149: pages pasted from site builders, with menus, accordions and a cookie
# plugin's text; heldout150: old numbered register templates updated over the years, with
# empty sections and dated updates that change earlier lines; heldout151: owners' own words
# in FAQ form; fresh85: a mix of the first and the third; fresh86: old templates, open to
# tuning); first runs on stop 47's code 422, 437 and 431 of 444 (1290/1332, 0.968; 8 missed
# errors of issue 18's kinds) and 431, 431 open.
# heldout152-heldout153 and fresh87-fresh88: twelve notices each (6 sv) four helpers wrote from
# the documentation alone as round 32 began, never running the check (heldout152: notices
# typed on phones and foreign keyboards, without å/ä/ö, in spoken Finnish, with typos and
# pasted chat lines; heldout153: practitioners in shared clinics, owners who changed field,
# family businesses, a webshop section added, answers in a closing FAQ; fresh87: consent by
# conduct and vague periods in new turns; fresh88: retention per data group, request limits and
# transfers; the fresh ones open to tuning); first runs on stop 48's code 427 and 435 of 444
# (862/888, 0.971; 8 missed errors of issue 18's kinds) and 431, 440 open.
# heldout154 and fresh89-fresh90: twelve notices each (6 sv) three more helpers wrote the same
# way during round 32 (heldout154: English templates run through a machine translator; fresh89:
# the same and Swedish templates from Sweden; fresh90: businesses of several services, each told
# in its own paragraph; the fresh ones open to tuning); first runs on round 32's code at the
# time (4b58092 and stop 48's code alike) 437 of 444 held out (1 missed) and 440, 440 open.
# heldout155-heldout156 and fresh91-fresh93: twelve notices each (6 sv) five helpers wrote from
# the documentation alone as round 33 began, never running the check (heldout155: notices an
# owner drafted with an AI chat assistant and edited a little; heldout156: businesses of more
# than one person, with data of people who are not clients; fresh91: notices typed without å, ä
# and ö, as "a"/"o" or "ae"/"oe"/"aa"; fresh92: AI-drafted notices; fresh93: consent by conduct
# and conditional consent beside lawful near misses; the fresh ones open to tuning); first runs
# on stop 49's code (3cffe3b) 443 and 444 of 444 held out (none of issue 18's errors missed) and
# 405, 441 and 439 open.
# heldout157-heldout158 and fresh94-fresh96: twelve notices each (6 sv) five helpers wrote from
# the documentation alone as round 34 began, never running the check (heldout157: a general
# batch of late-2026 small businesses in mixed formats; heldout158: owners writing in their second
# language or in a hurry, Ostrobothnian and Åland Swedish, templates translated from Finnish;
# fresh94: vague periods in many shapes beside bounded near misses; fresh95: retention per data
# group with the uncovered group named elsewhere; fresh96: consent by conduct in clause shapes
# other than "booking is consent", beside lawful near misses; the fresh ones open to tuning);
# first runs on round 33's landed code (fb32e84) 442 and 441 of 444 held out (one vague period
# missed in each) and 443, 441 and 441 open.
# heldout159 and fresh97-fresh98: twelve notices each (6 sv) three helpers wrote from the
# documentation alone as round 35 began, never running the check (heldout159: a general batch of
# late-2026 businesses; fresh97: retention per data group, some groups uncovered and some covered
# in unusual places, a footnote, a FAQ answer, the data list; fresh98: consent by conduct as
# opt-out by silence, the keeper's judgement, a signature or a membership that includes a leave,
# beside lawful near misses: a soft opt-in, reminders, a separate paper consent); first runs on
# 178897b 441 of 444 held out (two of issue 18's errors missed) and 442 and 440 open.
# heldout160 and fresh99: twelve notices each (6 sv) two helpers wrote the same way later in
# round 35 (heldout160: templates of a franchise, an association or a software vendor edited by
# their owners; fresh99: vague periods in shapes a word list would miss, beside bounded near
# misses); first runs on 178897b and on dccf41c alike: 441 of 444 held out (none of issue 18's
# errors missed) and 442 open.
# Parts whose notices and per-code figures may be printed; the held-out ones only in aggregate.
OPEN_PARTS = (
    "tuned",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
    "fresh54",
    "fresh55",
    "fresh56",
    "fresh57",
    "fresh58",
    "fresh59",
    "fresh60",
    "fresh61",
    "fresh62",
    "fresh63",
    "fresh64",
    "fresh65",
    "fresh66",
    "fresh67",
    "fresh68",
    "fresh69",
    "fresh70",
    "fresh71",
    "fresh72",
    "fresh73",
    "fresh74",
    "fresh75",
    "fresh76",
    "fresh77",
    "fresh78",
    "fresh79",
    "fresh80",
    "fresh81",
    "fresh82",
    "fresh83",
    "fresh84",
    "fresh85",
    "fresh86",
    "fresh87",
    "fresh88",
    "fresh89",
    "fresh90",
    "fresh91",
    "fresh92",
    "fresh93",
    "fresh94",
    "fresh95",
    "fresh96",
    "fresh97",
    "fresh98",
    "fresh99",
)
# The untuned third: no rule is tuned on these (a new held-out batch is added here only).
HELD_OUT_PARTS = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
    "heldout58",
    "heldout59",
    "heldout60",
    "heldout61",
    "heldout62",
    "heldout63",
    "heldout64",
    "heldout65",
    "heldout66",
    "heldout67",
    "heldout68",
    "heldout69",
    "heldout70",
    "heldout71",
    "heldout72",
    "heldout73",
    "heldout74",
    "heldout75",
    "heldout76",
    "heldout77",
    "heldout78",
    "heldout79",
    "heldout80",
    "heldout81",
    "heldout82",
    "heldout83",
    "heldout84",
    "heldout85",
    "heldout86",
    "heldout87",
    "heldout88",
    "heldout89",
    "heldout90",
    "heldout91",
    "heldout92",
    "heldout93",
    "heldout94",
    "heldout95",
    "heldout96",
    "heldout97",
    "heldout98",
    "heldout99",
    "heldout100",
    "heldout101",
    "heldout102",
    "heldout103",
    "heldout104",
    "heldout105",
    "heldout106",
    "heldout107",
    "heldout108",
    "heldout109",
    "heldout110",
    "heldout111",
    "heldout112",
    "heldout113",
    "heldout114",
    "heldout115",
    "heldout116",
    "heldout117",
    "heldout118",
    "heldout119",
    "heldout120",
    "heldout121",
    "heldout122",
    "heldout123",
    "heldout124",
    "heldout125",
    "heldout126",
    "heldout127",
    "heldout128",
    "heldout129",
    "heldout130",
    "heldout131",
    "heldout132",
    "heldout133",
    "heldout134",
    "heldout135",
    "heldout136",
    "heldout137",
    "heldout138",
    "heldout139",
    "heldout140",
    "heldout141",
    "heldout142",
    "heldout143",
    "heldout144",
    "heldout145",
    "heldout146",
    "heldout147",
    "heldout148",
    "heldout149",
    "heldout150",
    "heldout151",
    "heldout152",
    "heldout153",
    "heldout154",
    "heldout155",
    "heldout156",
    "heldout157",
    "heldout158",
    "heldout159",
    "heldout160",
)
PARTS = OPEN_PARTS + HELD_OUT_PARTS
FORMULA = (
    "agreement = correct decisions / (expected + listed absent + unexpected findings); "
    "correct = expected and found, or listed absent and not found"
)
# The errors issue 18 lists as misses that must not recur (the held-out gate).
ISSUE_18_ERRORS = (
    "limits-free-requests",
    "basis-not-an-obligation",
    "consent-by-conduct",
    "retention-incomplete",
    "vague-retention",
    "missing-controller-contact",
    "health-data-undeclared",
    "patient-records-retention",
    "transfer-without-safeguard",
)


@dataclass
class NoticeResult:
    name: str
    expected: set
    absent: set
    found: set
    seconds: float = 0.0

    @property
    def missed(self):
        return self.expected - self.found

    @property
    def wrongly_found(self):
        """Listed-absent codes found, and codes neither expected nor listed."""
        return self.found - self.expected

    @property
    def unexpected(self):
        return self.found - self.expected - self.absent

    @property
    def correct(self):
        return len(self.expected & self.found) + len(self.absent - self.found - self.expected)

    @property
    def decisions(self):
        return len(self.expected) + len(self.absent - self.expected) + len(self.unexpected)


@dataclass
class PartResult:
    name: str
    notices: list = field(default_factory=list)

    def __repr__(self):
        # Only the totals: a failing assertion's report must name no notice of a held-out part.
        return f"PartResult({self.name!r}: {self.correct}/{self.decisions})"

    @property
    def correct(self):
        return sum(n.correct for n in self.notices)

    @property
    def decisions(self):
        return sum(n.decisions for n in self.notices)

    @property
    def agreement(self):
        return self.correct / self.decisions if self.decisions else 1.0

    def per_code(self):
        """{code: (true positives, false positives, false negatives)}."""
        codes = {}
        for n in self.notices:
            for code in n.expected | n.found:
                tp, fp, fn = codes.get(code, (0, 0, 0))
                codes[code] = (
                    tp + (code in n.expected and code in n.found),
                    fp + (code in n.found and code not in n.expected),
                    fn + (code in n.expected and code not in n.found),
                )
        return dict(sorted(codes.items()))

    def missed_errors(self, codes=ISSUE_18_ERRORS):
        return [(n.name, code) for n in self.notices for code in sorted(n.missed & set(codes))]


def cases(part):
    """(name, text, meta) of every notice of a part, in name order."""
    folder = EVAL / part
    for meta_path in sorted(folder.glob("*.json")):
        text_path = meta_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        yield meta_path.stem, text_path.read_text(encoding="utf-8"), meta


def run_part(part):
    import time

    from wagtail_seloste.notice.check import check_notice
    from wagtail_seloste.notice.importer import import_text

    result = PartResult(part)
    for name, text, meta in cases(part):
        notice = import_text(text, field=meta.get("field"))
        start = time.perf_counter()
        findings = check_notice(notice)
        seconds = time.perf_counter() - start
        result.notices.append(
            NoticeResult(
                name,
                set(meta.get("expected") or {}),
                set(meta.get("absent") or {}),
                {f.code for f in findings},
                seconds,
            )
        )
    return result


# Sentence corpora (round 29): sentences of one kind and their near misses, each read alone in an
# otherwise complete notice. ``tests/fixtures/sentences/<reading>_<language>.jsonl`` are open
# (the conduct ones are training data of the learned reading, the vague ones a tuned test set);
# ``heldout/`` is read only in totals.
SENTENCES = Path(__file__).resolve().parent / "fixtures" / "sentences"
SENTENCE_READINGS = {
    "conduct": ("consent-by-conduct", "conduct"),
    "vague": ("vague-retention", "vague"),
}


def sentence_notice(reading, sentence, language):
    """A notice complete enough to be read, with ``sentence`` where its kind belongs."""
    from tests.core.notice_text import BASIS, CONTROLLER, GRUND, KONTROLLER  # noqa: PLC0415
    from tests.core.test_check_round14 import FI_COVERED, SV_COVERED  # noqa: PLC0415

    if reading == "conduct":
        if language == "fi":
            return FI_COVERED + "\nMarkkinointi\n" + sentence + "\n"
        return SV_COVERED + "\nMarknadsföring\n" + sentence + "\n"
    if language == "fi":
        return (
            CONTROLLER
            + "Käsiteltävät tiedot\nAsiakkaan nimi ja yhteystiedot.\n\n"
            + BASIS
            + "\nSäilytysaika\n"
            + sentence
            + "\n"
        )
    return (
        KONTROLLER
        + "Uppgifter som behandlas\nKundens namn och kontaktuppgifter.\n\n"
        + GRUND
        + "\nLagringstid\n"
        + sentence
        + "\n"
    )


def read_sentences(path):
    """(positives found, positives, near misses raised, near misses) of one corpus file, named
    ``<reading><n>_<language>.jsonl``; totals only, no sentence named."""
    from wagtail_seloste.notice.check import check_notice  # noqa: PLC0415
    from wagtail_seloste.notice.importer import import_text  # noqa: PLC0415

    reading = path.stem.split("_")[0].rstrip("0123456789")
    code, positive = SENTENCE_READINGS[reading]
    counts = [0, 0, 0, 0]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        notice = import_text(sentence_notice(reading, row["text"], row["language"]))
        hit = any(f.code == code for f in check_notice(notice))
        at = 0 if row["label"] == positive else 2
        counts[at] += hit
        counts[at + 1] += 1
    return tuple(counts)
