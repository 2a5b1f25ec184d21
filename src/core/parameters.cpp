// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parameters.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace leastbad::core {

namespace {

using D = Distribution;
using E = Evidence;
using P = Parameters;
using G = ParameterGroupId;

// Central values must equal the defaults in parameters.h (a unit test checks it).
// Derivations of Judged values are in docs/MODEL.md, section "Parameters".
constexpr std::array kSpecs = {
    // Incapacitation
    ParameterSpec{"incapacitation_at_reference_rate",
                  "Reported crimes averted per marginal prisoner-year at the reference "
                  "incarceration rate (lambda_ref)",
                  "crimes/prisoner-year", 14, 7, 25, D::LogNormal, E::SeenSecondary,
                  "Buonanno & Raphael 2013, Incarceration and incapacitation: evidence from the "
                  "2006 Italian collective pardon: 14 felonies per released inmate per year, as "
                  "reported in Raphael & Stoll 2013, Why Are So Many Americans in Prison? "
                  "(calibration)",
                  &P::incapacitationAtReferenceRate, G::Incapacitation},
    ParameterSpec{"incapacitation_reference_rate_per_100k",
                  "Incarceration rate at which incapacitation_at_reference_rate applies",
                  "prisoners per 100,000", 103, 103, 103, D::Fixed, E::SeenSecondary,
                  "Italy before the 2006 pardon: 103 per 100,000 (Raphael & Stoll 2013)",
                  &P::incapacitationReferenceRatePer100k, G::Incapacitation},
    ParameterSpec{"incapacitation_diminishing_exponent",
                  "beta: the marginal prisoner's offending falls as (incarceration rate)^-beta",
                  "exponent", 1.3, 0.8, 1.8, D::Normal, E::Judged,
                  "judged, set so that lambda is about 2 at California's 2011 rate (Lofstrom & "
                  "Raphael 2013, PPIC: 1-1.5 property crimes per offender not incarcerated, via "
                  "press reports; calibration); Liedka, Piehl & Useem 2006 (accelerating "
                  "declining marginal returns)",
                  &P::incapacitationDiminishingExponent, G::Incapacitation, 0, 3},
    ParameterSpec{"violent_share_of_averted_crimes",
                  "Share of incapacitated crimes that are violent", "fraction", 0.15, 0.08, 0.30,
                  D::LogNormal, E::Judged, "evidence.md 4a (judged prior)",
                  &P::violentShareOfAvertedCrimes, G::Incapacitation, 0, 1},
    ParameterSpec{"offending_ratio_25_34", "Offending at ages 25-34 relative to ages 18-24",
                  "ratio", 0.7, 0.5, 0.9, D::Normal, E::Judged,
                  "judged: BJS 5-year re-arrest 84.1%, 78.6%, 69.2% at release ages <=24, 25-39, "
                  "40+ (shares re-arrested, which fall more slowly than offending rates); USSC "
                  "2017 (53% under 30 to 11.3% at 60+, lowest criminal-history group)",
                  &P::offendingRatio25To34, G::Incapacitation, 0.05, 1.5},
    ParameterSpec{"offending_ratio_35_49", "Offending at ages 35-49 relative to ages 18-24",
                  "ratio", 0.45, 0.3, 0.6, D::Normal, E::Judged,
                  "judged: BJS 5-year re-arrest 84.1%, 78.6%, 69.2% at release ages <=24, 25-39, "
                  "40+ (shares re-arrested, which fall more slowly than offending rates); USSC "
                  "2017 (53% under 30 to 11.3% at 60+, lowest criminal-history group)",
                  &P::offendingRatio35To49, G::Incapacitation, 0.02, 1.5},
    ParameterSpec{"offending_ratio_50_plus", "Offending at ages 50 and over relative to ages 18-24",
                  "ratio", 0.2, 0.1, 0.3, D::Normal, E::Judged,
                  "judged: BJS 5-year re-arrest 84.1%, 78.6%, 69.2% at release ages <=24, 25-39, "
                  "40+ (shares re-arrested, which fall more slowly than offending rates); USSC "
                  "2017 (53% under 30 to 11.3% at 60+, lowest criminal-history group)",
                  &P::offendingRatio50Plus, G::Incapacitation, 0.01, 1.5},
    ParameterSpec{"admission_share_18_24", "Share of admissions aged 18-24", "fraction", 0.2, 0.2,
                  0.2, D::Fixed, E::Assumption,
                  "assumption: BJS stock age tables give the stock, not admissions",
                  &P::admissionShare18To24, G::Incapacitation, 0, 1},
    ParameterSpec{"admission_share_25_34", "Share of admissions aged 25-34", "fraction", 0.4, 0.4,
                  0.4, D::Fixed, E::Assumption, "assumption (as admission_share_18_24)",
                  &P::admissionShare25To34, G::Incapacitation, 0, 1},
    ParameterSpec{"admission_share_35_49", "Share of admissions aged 35-49 (50+ takes the rest)",
                  "fraction", 0.3, 0.3, 0.3, D::Fixed, E::Assumption,
                  "assumption (as admission_share_18_24)", &P::admissionShare35To49,
                  G::Incapacitation, 0, 1},

    // Aftereffects and deterrence
    ParameterSpec{"aftereffect_per_year_served",
                  "Relative change in a released person's offending per extra year served "
                  "(positive: criminogenic; a property of the prison regime)",
                  "per year served", 0.08, -0.04, 0.20, D::Normal, E::Judged,
                  "judged: Mueller-Smith 2015 (Harris County: incapacitation offset by later "
                  "crime); Bhuller et al. 2020 (Norway: -29 pp reoffending, a region override); "
                  "Roodman 2017 (zero net impact at US margins)",
                  &P::aftereffectPerYearServed, G::AftereffectsAndReentry, -0.5, 0.5},
    ParameterSpec{"severity_elasticity",
                  "Elasticity of crime with respect to mean sentence length (general deterrence)",
                  "elasticity", -0.05, -0.15, 0, D::Normal, E::Judged,
                  "Lee & McCrary 2017, The deterrence effect of prison; Nagin 2013, Deterrence in "
                  "the twenty-first century",
                  &P::severityElasticity, G::Deterrence, -10, 0},
    ParameterSpec{"targeted_deterrence_elasticity",
                  "Elasticity of the released pool's reincarceration hazard with respect to "
                  "repeat offenders' time served (people facing the enhancement)",
                  "elasticity", -0.12, -0.3, 0, D::Normal, E::Judged,
                  "judged: Helland & Tabarrok 2007, Does three strikes deter? (-17 to -20% felony "
                  "arrests of two-strike offenders); Drago, Galbiati & Vertova 2009 (elasticity "
                  "-0.74 of recidivism to the expected sentence, Italy)",
                  &P::targetedDeterrenceElasticity, G::Deterrence, -2, 0},
    ParameterSpec{"police_elasticity_homicide",
                  "Elasticity of homicides with respect to police numbers", "elasticity", -0.67,
                  -1.46, 0.12, D::Normal, E::SeenSecondary,
                  "Chalfin & McCrary 2018, Are U.S. cities underpoliced? (murder -0.67, +/-0.48)",
                  &P::policeElasticityHomicide, G::Deterrence},
    ParameterSpec{"police_elasticity_violent",
                  "Elasticity of other violent crime with respect to police numbers", "elasticity",
                  -0.34, -0.6, -0.1, D::Normal, E::SeenSecondary,
                  "Chalfin & McCrary 2018, Are U.S. cities underpoliced? (range judged)",
                  &P::policeElasticityViolent, G::Deterrence, -10, 0},
    ParameterSpec{"police_elasticity_property",
                  "Elasticity of property crime with respect to police numbers", "elasticity",
                  -0.17, -0.3, -0.05, D::Normal, E::SeenSecondary,
                  "Chalfin & McCrary 2018, Are U.S. cities underpoliced? (range judged)",
                  &P::policeElasticityProperty, G::Deterrence, -10, 0},
    ParameterSpec{"clearance_elasticity",
                  "Elasticity of crime with respect to the clearance rate, police numbers held "
                  "fixed (certainty)",
                  "elasticity", -0.2, -0.5, 0, D::Normal, E::Assumption,
                  "assumption: Nagin 2013 ranks certainty above severity but gives no elasticity "
                  "for clearance alone",
                  &P::clearanceElasticity, G::Deterrence, -10, 0},
    ParameterSpec{"clearance_cost_share_of_police_budget",
                  "Extra police spending, as a share of the baseline police budget, per 100% "
                  "relative rise in clearance",
                  "fraction", 0.15, 0.05, 0.5, D::LogNormal, E::Assumption,
                  "assumption: investigators are a minority of police budgets; no costing found",
                  &P::clearanceCostShareOfPoliceBudget, G::TaxpayerCosts},
    ParameterSpec{"crimes_per_avoided_reincarceration",
                  "Reported crimes avoided per reincarceration avoided through a lower hazard",
                  "crimes/event", 3, 1, 10, D::LogNormal, E::Assumption,
                  "assumption; order of magnitude from Alper, Durose & Markman 2018 (about 5 "
                  "arrests per releasee in 9 years)",
                  &P::crimesPerAvoidedReincarceration, G::AftereffectsAndReentry},

    // Recidivism
    ParameterSpec{"visit_recidivism_hazard_ratio",
                  "Reincarceration hazard ratio, visited vs not visited", "hazard ratio", 0.95,
                  0.85, 1.02, D::LogNormal, E::Judged,
                  "Duwe & Clark 2011 (-13% reconviction, observational: an upper bound); Lee 2019 "
                  "(Iowa, IV: no effect); validation-cases.md NE21",
                  &P::visitRecidivismHazardRatio, G::AftereffectsAndReentry},
    ParameterSpec{"visit_curve_slope", "Fall in the share visited monthly per unit of ln(distance)",
                  "per ln(mile)", 0.105, 0.08, 0.13, D::Normal, E::Judged,
                  "fitted to Rabuy & Kopf 2015, Separation by bars and miles (PPI)",
                  &P::visitCurveSlope, G::AftereffectsAndReentry, 0, 1},
    ParameterSpec{"remote_contact_weight",
                  "Effect of full remote contact as a fraction of the in-person visit effect",
                  "fraction", 0.3, 0, 0.7, D::Triangular, E::Judged,
                  "evidence.md 8 (judged; no causal evidence on remote contact)",
                  &P::remoteContactWeight, G::AftereffectsAndReentry},
    ParameterSpec{"remote_contact_full_hours_per_week",
                  "Hours of phone, video or messaging per week that count as full remote contact",
                  "hours/week", 7, 7, 7, D::Fixed, E::Assumption,
                  "assumption: scale of the contact lever", &P::remoteContactFullHoursPerWeek,
                  G::AftereffectsAndReentry},
    ParameterSpec{
        "cash_recidivism_risk_ratio",
        "Reincarceration hazard ratio during the months a transfer of the reference amount covers",
        "risk ratio", 0.90, 0.75, 1.02, D::Normal, E::Judged,
        "Berk, Lenihan & Rossi 1980 (TARP); Mallar & Thornton 1978 (LIFE); MDRC 2025 Returning "
        "Citizens Stimulus; Yang 2017 (benefits at release, -10%)",
        &P::cashRecidivismRiskRatio, G::AftereffectsAndReentry, 0.01, 2},
    ParameterSpec{"cash_reference_amount_usd",
                  "Transfer size the risk ratio refers to ($2,500 in 2020 dollars)", "USD 2024",
                  3030, 3030, 3030, D::Fixed, E::SeenSecondary,
                  "Returning Citizens Stimulus, $2,250-2,750 (MDRC project page), CPI-U 2020->2024",
                  &P::cashReferenceAmountUsd, G::AftereffectsAndReentry},
    ParameterSpec{"cash_lump_sum_effect_months",
                  "Months after release over which a lump sum lowers the hazard", "months", 6, 3,
                  12, D::Uniform, E::Judged, "evidence.md 3 (effect limited to 6-12 months)",
                  &P::cashLumpSumEffectMonths, G::AftereffectsAndReentry},

    // In-prison harms
    ParameterSpec{"misconduct_risk_ratio_visited",
                  "Serious misconduct and assault risk ratio, visited vs not", "risk ratio", 0.80,
                  0.65, 1.00, D::LogNormal, E::Judged,
                  "Reidy & Sorensen 2020, Visitation and misconduct among maximum-security "
                  "inmates (-25%, discounted for selection)",
                  &P::misconductRiskRatioVisited, G::InPrisonConditions},
    ParameterSpec{"recreation_misconduct_risk_ratio",
                  "Assault risk ratio at full recreation access vs none", "risk ratio", 0.95, 0.8,
                  1.05, D::Uniform, E::Assumption,
                  "assumption: no quantitative evidence found (evidence.md 8); either sign allowed",
                  &P::recreationMisconductRiskRatio, G::InPrisonConditions},
    ParameterSpec{"assault_risk_ratio_large_vs_small",
                  "Assault rate ratio, large (>1,000 beds) vs small (<300 beds) facilities",
                  "risk ratio", 1.2, 0.8, 1.8, D::LogNormal, E::Judged,
                  "Prison Service Journal 2016, Prison building: does size matter?; Wolff et al. "
                  "2007; Farrington & Nuttall 1985 (judged prior spanning 1)",
                  &P::assaultRiskRatioLargeVsSmall, G::InPrisonConditions},
    ParameterSpec{"small_facility_beds", "Upper bound of a small facility", "beds", 300, 300, 300,
                  D::Fixed, E::Judged, "evidence.md 1 (size classes)", &P::smallFacilityBeds,
                  G::InPrisonConditions},
    ParameterSpec{"large_facility_beds", "Lower bound of a large facility", "beds", 1000, 1000,
                  1000, D::Fixed, E::Judged, "evidence.md 1 (size classes)", &P::largeFacilityBeds,
                  G::InPrisonConditions},

    // Costs
    ParameterSpec{"operating_cost_scale_elasticity",
                  "Fall in operating cost per bed per unit rise in ln(facility beds)", "elasticity",
                  0.1, 0, 0.25, D::Uniform, E::Assumption,
                  "assumption: diseconomy of small facilities (model-sketch.md)",
                  &P::operatingCostScaleElasticity, G::TaxpayerCosts},
    ParameterSpec{"marginal_cost_share_short_run",
                  "Marginal cost of a prisoner-year as a share of average cost, first year",
                  "fraction", 0.20, 0.10, 0.35, D::LogNormal, E::Judged,
                  "Henrichson & Galgano 2013, A guide to calculating justice-system marginal costs "
                  "(Vera) (judged prior)",
                  &P::marginalCostShareShortRun, G::TaxpayerCosts, 0, 1},
    ParameterSpec{"marginal_cost_share_long_run",
                  "Marginal cost as a share of average cost once units open or close", "fraction",
                  0.75, 0.55, 0.95, D::LogNormal, E::Judged, "evidence.md 12 (judged)",
                  &P::marginalCostShareLongRun, G::TaxpayerCosts, 0, 1},
    ParameterSpec{"marginal_cost_adjustment_years",
                  "Years until marginal cost reaches its long-run share", "years", 3, 3, 3,
                  D::Fixed, E::Assumption, "assumption", &P::marginalCostAdjustmentYears,
                  G::TaxpayerCosts},
    ParameterSpec{"capital_build_years", "Years over which new capacity is paid for", "years", 2, 2,
                  2, D::Fixed, E::Assumption, "assumption", &P::capitalBuildYears,
                  G::TaxpayerCosts},
    ParameterSpec{"rehousing_new_build_share",
                  "Share of beds that must be newly built when facilities are made smaller",
                  "fraction", 0.5, 0.2, 1.0, D::Uniform, E::Assumption,
                  "assumption: some existing prisons can be divided into smaller units",
                  &P::rehousingNewBuildShare, G::TaxpayerCosts, 0, 1},
    ParameterSpec{"commissary_state_share",
                  "Share of the commissary markup that reaches the state (commissions)", "fraction",
                  0.5, 0.2, 0.8, D::Uniform, E::Assumption,
                  "assumption; the rest is vendor margin (a transfer to vendors)",
                  &P::commissaryStateShare, G::TaxpayerCosts},
    ParameterSpec{"commissary_demand_elasticity",
                  "Price elasticity of commissary purchases (for the deadweight loss)",
                  "elasticity", 0.5, 0.2, 1.0, D::Uniform, E::Assumption,
                  "assumption: captive buyers with few substitutes", &P::commissaryDemandElasticity,
                  G::TaxpayerCosts, 0, 5},
    ParameterSpec{"jail_cost_share_of_prison_cost",
                  "Cost of a jail-year as a share of a prison-year", "fraction", 1.0, 0.7, 1.3,
                  D::Uniform, E::Assumption, "assumption", &P::jailCostShareOfPrisonCost,
                  G::TaxpayerCosts},
    ParameterSpec{"cost_per_remote_contact_hour_usd",
                  "Public cost of one hour of phone or video contact provided", "USD/hour", 4, 2, 8,
                  D::LogNormal, E::Judged,
                  "judged: FCC 2024 rate caps, $0.90 per 15-minute call in prisons (about "
                  "$3.60 an hour) and $1.35 in small jails (press reports)",
                  &P::costPerRemoteContactHourUsd, G::TaxpayerCosts},
    ParameterSpec{"cost_per_visit_support_prisoner_year_usd",
                  "Public cost per prisoner-year of doubling visiting (transport, hours, staff)",
                  "USD/prisoner-year", 400, 100, 1500, D::LogNormal, E::Assumption,
                  "assumption: no costing of visit-support programmes found",
                  &P::costPerVisitSupportPrisonerYearUsd, G::TaxpayerCosts},
    ParameterSpec{"cost_full_recreation_per_prisoner_year_usd",
                  "Public cost per prisoner-year of full recreation access (consoles, TV, staff)",
                  "USD/prisoner-year", 300, 100, 1000, D::LogNormal, E::Assumption,
                  "assumption: no costing found", &P::costFullRecreationPerPrisonerYearUsd,
                  G::TaxpayerCosts},
    ParameterSpec{"cash_administration_share",
                  "Cost of administering cash at release, as a share of the cash paid", "fraction",
                  0.10, 0.05, 0.20, D::Uniform, E::Assumption, "assumption",
                  &P::cashAdministrationShare, G::TaxpayerCosts, 0, 1},

    // Pretrial detention
    ParameterSpec{"pretrial_crimes_per_released_defendant",
                  "Mean reported crimes per released felony defendant before disposition",
                  "crimes/defendant", 0.16, 0.08, 0.30, D::LogNormal, E::Assumption,
                  "assumption: order of magnitude of pretrial rearrest in BJS State Court "
                  "Processing Statistics, not read",
                  &P::pretrialCrimesPerReleasedDefendant, G::Pretrial},
    ParameterSpec{"pretrial_risk_tool_auc",
                  "Accuracy (AUC) of the risk assessment that decides who is detained", "AUC", 0.65,
                  0.58, 0.72, D::Normal, E::Assumption,
                  "assumption: validations of pretrial tools call their accuracy moderate; no "
                  "citable AUC was read",
                  &P::pretrialRiskToolAuc, G::Pretrial, 0.5, 1},
    ParameterSpec{"pretrial_conviction_uplift",
                  "Rise in conviction probability when a defendant is detained",
                  "probability points", 0.13, 0.05, 0.20, D::Normal, E::Judged,
                  "Leslie & Pope 2017, The unintended impact of pretrial detention on case "
                  "outcomes; Stevenson 2018",
                  &P::pretrialConvictionUplift, G::Pretrial, 0, 1},
    ParameterSpec{"prison_share_of_convictions", "Share of felony convictions sentenced to prison",
                  "fraction", 0.4, 0.25, 0.55, D::LogNormal, E::Assumption, "assumption",
                  &P::prisonShareOfConvictions, G::Pretrial, 0, 1},
    ParameterSpec{"pretrial_post_disposition_hazard_ratio",
                  "Offending after disposition, detained vs released marginal defendant",
                  "hazard ratio", 1.10, 0.95, 1.30, D::LogNormal, E::Judged,
                  "judged: Dobbie, Goldin & Yang 2018 (no net effect on future crime); Leslie & "
                  "Pope 2017 (the pending-trial fall in rearrest mostly offset within 2 years)",
                  &P::pretrialPostDispositionHazardRatio, G::Pretrial},
    ParameterSpec{"pretrial_post_disposition_years",
                  "Years over which detention raises later offending", "years", 2, 2, 2, D::Fixed,
                  E::Seen, "Leslie & Pope 2017 (within 2 years after disposition)",
                  &P::pretrialPostDispositionYears, G::Pretrial},

    // Uncertain baseline inputs
    ParameterSpec{"baseline_repeat_share_scale",
                  "Multiplier on the region's share of prisoners with a prior term", "ratio", 1,
                  0.85, 1.15, D::Normal, E::Assumption,
                  "assumption: the US repeat share (65%) is itself an assumption",
                  &P::baselineRepeatShareScale, G::BaselineInputs, 0.5, 1.5},
    ParameterSpec{"baseline_time_served_scale",
                  "Multiplier on the region's mean time served (admissions follow by Little's law)",
                  "ratio", 1, 0.85, 1.15, D::Normal, E::Assumption,
                  "assumption: time served by offence class is derived or partly assumed",
                  &P::baselineTimeServedScale, G::BaselineInputs, 0.5, 1.5},
    ParameterSpec{"baseline_felony_defendants_scale",
                  "Multiplier on the region's felony defendants per year", "ratio", 1, 0.7, 1.4,
                  D::LogNormal, E::Assumption,
                  "assumption: the US count is itself derived from "
                  "assumed shares",
                  &P::baselineFelonyDefendantsScale, G::BaselineInputs},
    ParameterSpec{"baseline_remote_contact_scale",
                  "Multiplier on the region's remote contact hours per week", "ratio", 1, 0.5, 2,
                  D::LogNormal, E::Assumption, "assumption: the US value (1 hour) is assumed",
                  &P::baselineRemoteContactScale, G::BaselineInputs},

    // Cost of crime
    ParameterSpec{"cpi_2008_to_2024", "CPI-U ratio, 2024 to 2008 annual averages", "ratio", 1.457,
                  1.457, 1.457, D::Fixed, E::SeenSecondary,
                  "BLS CPI-U annual averages (as transcribed in evidence.md 11)", &P::cpi2008To2024,
                  G::VictimCosts},
    ParameterSpec{"cost_homicide_2008_usd", "Total cost per murder, all components", "USD 2008",
                  8982907, 4500000, 17250000, D::LogNormal, E::SeenSecondary,
                  "McCollister, French & Fang 2010, The cost of crime to society; high: DeLisi et "
                  "al. 2010",
                  &P::costHomicide2008Usd, G::VictimCosts},
    ParameterSpec{
        "cost_other_violent_2008_usd",
        "Total cost per rape, robbery or aggravated assault, weighted by the 2019 FBI mix",
        "USD 2008", 108120, 60000, 200000, D::LogNormal, E::Judged,
        "McCollister, French & Fang 2010 unit costs weighted by FBI Crime in the United "
        "States 2019 counts",
        &P::costOtherViolent2008Usd, G::VictimCosts},
    ParameterSpec{"cost_property_2008_usd",
                  "Total cost per burglary, larceny or vehicle theft, weighted by the 2019 FBI mix",
                  "USD 2008", 4759, 2500, 9000, D::LogNormal, E::Judged,
                  "McCollister, French & Fang 2010 unit costs weighted by FBI Crime in the United "
                  "States 2019 counts",
                  &P::costProperty2008Usd, G::VictimCosts},
    ParameterSpec{"victim_tangible_share_homicide",
                  "Share of the murder cost that is tangible (the rest is valued as life-years)",
                  "fraction", 0.06, 0.06, 0.06, D::Fixed, E::SeenSecondary,
                  "McCollister, French & Fang 2010 (intangible about 94%)",
                  &P::victimTangibleShareHomicide, G::VictimCosts},
    ParameterSpec{
        "victim_tangible_share_other_violent",
        "Share of the other-violent cost that is tangible (the rest is valued as "
        "wellbeing-years)",
        "fraction", 0.15, 0.10, 0.25, D::Uniform, E::Judged,
        "McCollister 2010 (rape: intangible about 83%); Cohen & Miller in NRC 1994 (about "
        "85% non-monetary)",
        &P::victimTangibleShareOtherViolent, G::VictimCosts},
    ParameterSpec{"victim_tangible_share_property",
                  "Share of the property-crime cost borne by victims (excludes justice-system "
                  "and offender components)",
                  "fraction", 0.5, 0.2, 0.9, D::Uniform, E::Assumption,
                  "assumption: McCollister's totals include justice-system costs that the model "
                  "counts separately",
                  &P::victimTangibleShareProperty, G::VictimCosts},
    ParameterSpec{"reporting_rate_violent", "Share of violent victimisations reported to police",
                  "fraction", 0.42, 0.38, 0.46, D::Normal, E::Seen,
                  "Thompson & Tapp 2023, Criminal Victimization, 2022 (BJS)",
                  &P::reportingRateViolent, G::VictimCosts, 0.01, 1},
    ParameterSpec{"reporting_rate_property", "Share of property victimisations reported to police",
                  "fraction", 0.32, 0.26, 0.38, D::Normal, E::Assumption,
                  "assumption: Thompson & Tapp 2023, Criminal Victimization, 2022 (BJS) not read "
                  "for property crime; interval widened",
                  &P::reportingRateProperty, G::VictimCosts, 0.01, 1},

    // Wellbeing and life expectancy
    ParameterSpec{"life_years_lost_per_prison_year",
                  "Life expectancy lost per year served, before recovery (a prior reflecting "
                  "Patterson's critics)",
                  "years/year", 1.5, 0, 2.5, D::Triangular, E::Judged,
                  "judged: Patterson 2013, The dose-response of time served in prison on "
                  "mortality (2 years per year served); critiques: Patterson 2010 (lower "
                  "mortality of Black men in prison), Massoglia et al. 2014 (no link for men "
                  "after controls), Spaulding et al. 2011",
                  &P::lifeYearsLostPerPrisonYear, G::LifeYears},
    ParameterSpec{"life_years_recovery_share",
                  "Share of the loss recovered by people not reimprisoned", "fraction", 0.75, 0.5,
                  1.0, D::Uniform, E::Judged,
                  "judged: Patterson 2013 (risk at its lowest after about two-thirds of the time "
                  "served; press release: parolees who do not return gain the years back)",
                  &P::lifeYearsRecoveryShare, G::LifeYears, 0, 1},
    ParameterSpec{"life_years_loss_delay_years",
                  "Years from the time served to the deaths that shorten life (for discounting)",
                  "years", 30, 20, 40, D::Uniform, E::Assumption,
                  "assumption: median age at release 34 and the remaining life expectancy of "
                  "released people",
                  &P::lifeYearsLossDelayYears, G::LifeYears, 0, 80},
    ParameterSpec{"life_years_lost_per_homicide", "Years of life lost per homicide victim", "years",
                  42, 38, 46, D::Normal, E::Judged,
                  "Arias & Xu 2022, United States Life Tables, 2019; mean victim age from FBI SHR "
                  "(judged)",
                  &P::lifeYearsLostPerHomicide, G::LifeYears, 0, 80},
    ParameterSpec{"qaly_per_nonfatal_violent_victimization",
                  "Wellbeing-years lost per non-fatal violent victimisation", "QALY", 0.42, 0.2,
                  0.6, D::Normal, E::Judged,
                  "Miller et al. 2021, Incidence and costs of personal and property crimes in the "
                  "USA, 2017 (10.9M QALYs, 24M violent crimes)",
                  &P::qalyPerNonFatalViolentVictimization, G::Wellbeing, 0, 1},
    ParameterSpec{"qaly_per_property_victimization",
                  "Wellbeing-years lost per property victimisation", "QALY", 0.0, 0.0, 0.01,
                  D::Uniform, E::Assumption,
                  "assumption: Miller et al. 2021 QALYs attributed to violent crime",
                  &P::qalyPerPropertyVictimization, G::Wellbeing},
    ParameterSpec{"health_decrement_per_prison_year", "Health utility lost per year in prison",
                  "QALY/year", 0.10, 0.05, 0.20, D::LogNormal, E::Judged,
                  "Chong et al. 2009 (SF-6D 0.725) vs general-population norms (judged)",
                  &P::healthDecrementPerPrisonYear, G::Wellbeing},
    ParameterSpec{"liberty_loss_per_prison_year",
                  "Wellbeing lost per year in prison from loss of liberty", "QALY/year", 0.2, 0.0,
                  0.5, D::Uniform, E::Assumption,
                  "assumption: no source prices the loss of liberty", &P::libertyLossPerPrisonYear,
                  G::Wellbeing},
    ParameterSpec{"qaly_per_assault_in_prison",
                  "Wellbeing-years lost per physical assault in prison", "QALY", 0.05, 0.01, 0.2,
                  D::LogNormal, E::Assumption,
                  "assumption: injury in 40% of assaults (Wolff & Shi 2009)",
                  &P::qalyPerAssaultInPrison, G::Wellbeing},
    ParameterSpec{"qaly_per_sexual_victimization_in_prison",
                  "Wellbeing-years lost per sexual victimisation in prison", "QALY", 0.42, 0.2, 1.0,
                  D::LogNormal, E::Judged,
                  "taken equal to a non-fatal violent victimisation (Miller et al. 2021)",
                  &P::qalyPerSexualVictimizationInPrison, G::Wellbeing},
    ParameterSpec{"children_per_prisoner", "Minor children per person in prison", "children", 1.12,
                  1.0, 1.25, D::Uniform, E::Seen,
                  "Glaze & Maruschak 2008, Parents in prison and their minor children (BJS): "
                  "1,706,600 minor children of 1,518,535 prisoners",
                  &P::childrenPerPrisoner, G::Wellbeing},
    ParameterSpec{"qaly_loss_per_child_year_parent_imprisoned",
                  "Wellbeing lost per child per year a parent is in prison", "QALY/year", 0.03, 0,
                  0.1, D::Uniform, E::Assumption, "assumption",
                  &P::qalyLossPerChildYearParentImprisoned, G::Wellbeing},
};

} // namespace

std::span<const ParameterGroupSpec> parameterGroupSpecs() {
    static constexpr ParameterGroupSpec kGroups[] = {
        {G::Incapacitation, "incapacitation", "incapacitation"},
        {G::Deterrence, "deterrence", "deterrence"},
        {G::AftereffectsAndReentry, "aftereffects_and_reentry", "aftereffects and reentry"},
        {G::InPrisonConditions, "in_prison_conditions", "in-prison conditions"},
        {G::TaxpayerCosts, "taxpayer_costs", "taxpayer costs"},
        {G::Pretrial, "pretrial", "pretrial detention"},
        {G::BaselineInputs, "baseline_inputs", "uncertain baseline inputs"},
        {G::VictimCosts, "victim_costs", "victim costs and reporting"},
        {G::LifeYears, "life_years", "life-years"},
        {G::Wellbeing, "wellbeing", "wellbeing-years"},
    };
    return kGroups;
}

const ParameterGroupSpec &parameterGroupSpec(ParameterGroupId id) {
    return parameterGroupSpecs()[std::size_t(id)];
}

std::span<const ParameterSpec> parameterSpecs() {
    return kSpecs;
}

const ParameterSpec *findParameter(std::string_view key) {
    for (const ParameterSpec &spec : kSpecs) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

ValueRange overrideRange(const ParameterSpec &spec) {
    // Quantities of one sign that scale (log-normal ones, fixed sizes) may move by a
    // factor of ten past their interval and never change sign; the others, by ten widths.
    const bool scales =
        spec.distribution == Distribution::LogNormal || spec.distribution == Distribution::Fixed;
    double lowest = 0, highest = 0;
    if (scales && spec.low > 0) {
        lowest = spec.low / 10;
        highest = spec.high * 10;
    } else if (scales && spec.high < 0) {
        lowest = spec.low * 10;
        highest = spec.high / 10;
    } else {
        const double width = std::max({spec.high - spec.low, std::abs(spec.central), 1.0e-9});
        lowest = spec.low - 10 * width;
        highest = spec.high + 10 * width;
    }
    return {std::max(spec.lowerBound, lowest), std::min(spec.upperBound, highest)};
}

std::string_view evidenceLabel(Evidence e) {
    switch (e) {
    case Evidence::Seen:
        return "seen";
    case Evidence::SeenSecondary:
        return "seen (secondary)";
    case Evidence::Judged:
        return "judged";
    case Evidence::Recalled:
        return "recalled (unverified)";
    case Evidence::Assumption:
        return "assumption";
    }
    return "assumption";
}

std::string_view distributionLabel(Distribution d) {
    switch (d) {
    case Distribution::Fixed:
        return "fixed";
    case Distribution::Normal:
        return "normal";
    case Distribution::LogNormal:
        return "lognormal";
    case Distribution::Beta:
        return "beta";
    case Distribution::Gamma:
        return "gamma";
    case Distribution::Uniform:
        return "uniform";
    case Distribution::Triangular:
        return "triangular";
    }
    return "fixed";
}

} // namespace leastbad::core
