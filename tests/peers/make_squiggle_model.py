#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Squiggle side of the peer comparison (docs/PERFORMANCE.md) to stdout.

Every uncertain parameter of docs/MODEL.md's parameter table is drawn with its
distribution, 90% interval and truncation, as LeastBad draws it; then three policies
(status quo, longer stays for repeat offenders, small and close facilities with release
cash) run 20 years of a stock-and-flow model of the same shape as LeastBad's year step:
four prisoner groups, a release pool of two offence classes by ten years since release,
crime, costs and wellbeing outputs, totals and discounted totals, and the net value
against the status quo.

The equations are a simplification and the region inputs are round illustrative numbers
(assumption, not the dataset): the comparison measures how fast each engine does this
much work per draw, not whether the two give the same answer.
Usage: make_squiggle_model.py docs/MODEL.md
"""
import re
import sys

ROW = re.compile(r"^\| `([a-z0-9_]+)` \|[^|]*\| ([-0-9.e]+) \| ([^|]*) \|[^|]*\| ([a-z]+) \|")
INTERVAL = re.compile(r"90%: ([-0-9.e]+) to ([-0-9.e]+)")
BETWEEN = re.compile(r"between ([-0-9.e]+) and ([-0-9.e]+)")
TRUNCATED = re.compile(r"truncated to \[([-0-9.e]+), ([-0-9.e]+)\]")


def parameters(model_md):
    """(key, Squiggle expression) for every row of the parameter table."""
    rows = []
    for line in open(model_md, encoding="utf-8"):
        m = ROW.match(line)
        if not m:
            continue
        key, central, uncertainty, kind = m.groups()
        interval = INTERVAL.search(uncertainty)
        between = BETWEEN.search(uncertainty)
        if kind == "fixed" or not (interval or between):
            rows.append((key, central))
            continue
        if kind == "normal":
            dist = "normal({p5: %s, p95: %s})" % interval.groups()
        elif kind == "lognormal":
            dist = "lognormal({p5: %s, p95: %s})" % interval.groups()
        elif kind == "uniform":
            dist = "uniform(%s, %s)" % between.groups()
        elif kind == "triangular":
            low, high = between.groups()
            dist = "triangular(%s, %s, %s)" % (low, central, high)
        else:
            raise SystemExit("make_squiggle_model.py: no Squiggle form for " + kind)
        truncated = TRUNCATED.search(uncertainty)
        if truncated:
            dist = "truncate(%s, %s, %s)" % ((dist,) + truncated.groups())
        rows.append((key, dist))
    if len(rows) < 50:
        raise SystemExit("make_squiggle_model.py: parameter table not found in " + model_md)
    return rows


MODEL = r"""
// Region: round illustrative inputs (assumption), four groups: first non-violent, first
// violent, repeat non-violent, repeat violent.
population = 330000000
prisoners = [300000, 350000, 250000, 300000]
timeServed = [1.5, 4, 2, 5]
homicides0 = 20000
violent0 = 1200000
property0 = 6500000
costPerPrisonerYear = 45000
police0 = 230
officerCost = 120000
h0 = [0.18, 0.12, 0.08, 0.06, 0.045, 0.035, 0.025, 0.02, 0.015, 0.01]

sum4(l) = l[0] + l[1] + l[2] + l[3]
pools(l, f) = List.map(l, f)

// One policy: sentence multipliers by group, facility beds, distance, release cash.
simulate(m, beds, distance, cash) = {
  stay = List.map([0, 1, 2, 3], {|g| timeServed[g] * m[g] * baseline_time_served_scale})
  stay0 = List.map(timeServed, {|served| served * baseline_time_served_scale})
  decay = List.map(stay, {|served| exp(-1 / served)})
  yearShare = List.map([0, 1, 2, 3], {|g| stay[g] * (1 - decay[g])})
  admissions0 = List.map([0, 1, 2, 3], {|g| prisoners[g] / stay0[g]})
  meanMultiplier = (admissions0[0] * m[0] + admissions0[1] * m[1] + admissions0[2] * m[2] + admissions0[3] * m[3]) / sum4(admissions0)
  severity = meanMultiplier ^ severity_elasticity
  targeted = ((m[2] + m[3]) / 2) ^ targeted_deterrence_elasticity
  contact = 1 - (1 - visit_recidivism_hazard_ratio) * (1 - distance / 300) * visit_curve_slope * 5
  cashFactor = 1 - (1 - cash_recidivism_risk_ratio) * log(1 + cash / cash_reference_amount_usd) / log(2) * cash_lump_sum_effect_months / 12
  hazard = List.map([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], {|k| h0[k] * contact * targeted * (if k == 0 then cashFactor else 1)})
  sizeRisk = assault_risk_ratio_large_vs_small ^ (log(beds / small_facility_beds) / log(large_facility_beds / small_facility_beds))
  operating = (beds / 1200) ^ (-operating_cost_scale_elasticity)
  start = {
    stock: prisoners,
    pool: [List.map(h0, {|h| 150000 * (1 - h)}), List.map(h0, {|h| 80000 * (1 - h)})],
    effective: sum4(prisoners),
    totals: [0, 0, 0, 0, 0, 0, 0, 0],
    discount: 1
  }
  step(s, t) = {
    readmitted = List.map([0, 1], {|c| List.reduce([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0, {|acc, k| acc + s.pool[c][k] * hazard[k]})})
    incapacitated = incapacitation_at_reference_rate * ((s.effective / sum4(prisoners)) ^ (1 - incapacitation_diminishing_exponent) - 1) * sum4(prisoners) / 100
    crimes = severity * (homicides0 + violent0 + property0) - incapacitated + crimes_per_avoided_reincarceration * (readmitted[0] + readmitted[1]) * 0.01
    admitted = List.map([0, 1, 2, 3], {|g| admissions0[g] * severity + (if g >= 2 then readmitted[g - 2] else 0)})
    stayed = List.map([0, 1, 2, 3], {|g| decay[g] * s.stock[g] + admitted[g] * yearShare[g]})
    released = List.map([0, 1, 2, 3], {|g| s.stock[g] + admitted[g] - stayed[g]})
    prisonerYears = sum4(List.map([0, 1, 2, 3], {|g| admitted[g] * stay[g] + (s.stock[g] - admitted[g] * stay[g]) * yearShare[g]}))
    pool = List.map([0, 1], {|c| List.concat([released[c] + released[c + 2]], List.map([0, 1, 2, 3, 4, 5, 6, 7, 8], {|k| s.pool[c][k] * (1 - hazard[k])}))})
    homicides = crimes * violent_share_of_averted_crimes * homicides0 / (homicides0 + violent0)
    violent = crimes * violent_share_of_averted_crimes - homicides
    property = crimes * (1 - violent_share_of_averted_crimes)
    victimizations = homicides + violent / reporting_rate_violent + property / reporting_rate_property
    assaults = prisonerYears * 0.03 * sizeRisk * misconduct_risk_ratio_visited
    marginal = marginal_cost_share_short_run + (marginal_cost_share_long_run - marginal_cost_share_short_run) * (if t >= marginal_cost_adjustment_years then 1 else (t - 1) / (marginal_cost_adjustment_years - 1))
    corrections = costPerPrisonerYear * operating * (sum4(prisoners) + marginal * (prisonerYears - sum4(prisoners)))
    police = police0 / 100000 * population * officerCost
    transfers = (released[0] + released[1] + released[2] + released[3]) * cash
    victims = homicides * cost_homicide_2008_usd * cpi_2008_to_2024 * victim_tangible_share_homicide + violent / reporting_rate_violent * cost_other_violent_2008_usd * cpi_2008_to_2024 * victim_tangible_share_other_violent + property / reporting_rate_property * cost_property_2008_usd * cpi_2008_to_2024 * victim_tangible_share_property
    wellbeing = violent / reporting_rate_violent * qaly_per_nonfatal_violent_victimization + prisonerYears * (health_decrement_per_prison_year + liberty_loss_per_prison_year) + assaults * qaly_per_assault_in_prison + prisonerYears * children_per_prisoner * qaly_loss_per_child_year_parent_imprisoned
    lifeYears = prisonerYears * life_years_lost_per_prison_year * (1 - life_years_recovery_share * 0.4) - (homicides0 - homicides) * life_years_lost_per_homicide
    taxpayers = corrections + police + transfers * (1 + cash_administration_share)
    outputs = [prisonerYears, victimizations, assaults, corrections, taxpayers, victims, wellbeing, lifeYears]
    {
      stock: stayed,
      pool: pool,
      effective: stayed[0] + stayed[1] * offending_ratio_25_34 + stayed[2] * offending_ratio_35_49 + stayed[3] * offending_ratio_50_plus,
      totals: List.map([0, 1, 2, 3, 4, 5, 6, 7], {|i| s.totals[i] + outputs[i] * s.discount}),
      discount: s.discount / 1.03
    }
  }
  end = List.reduce(List.upTo(1, 20), start, step)
  end.totals
}

// Net value against the status quo, in dollars: taxpayers, victims, wellbeing, life-years.
netValue(p, q) = (q[4] - p[4]) + (q[5] - p[5]) + 150000 * (q[6] - p[6]) + 150000 * (q[7] - p[7])

statusQuo = simulate([1, 1, 1, 1], 1200, 100, 0)
longerForRepeat = simulate([1, 1, 2, 2], 1200, 100, 0)
smallAndClose = simulate([1, 1, 1, 1], 250, 50, 2500)
a = netValue(longerForRepeat, statusQuo)
b = netValue(smallAndClose, statusQuo)
summary = [mean(a), quantile(a, 0.05), quantile(a, 0.95), mean(b), quantile(b, 0.05), quantile(b, 0.95)]
summary
"""


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print("// Generated by tests/peers/make_squiggle_model.py from docs/MODEL.md.")
    for key, expression in parameters(sys.argv[1]):
        print("%s = %s" % (key, expression))
    print(MODEL)


if __name__ == "__main__":
    main()
