<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.ui" line="9"/>
        <source>About LeastBad</source>
        <translation>Acerca de LeastBad</translation>
    </message>
</context>
<context>
    <name>CommonParser</name>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="59"/>
        <source>Dataset file (.sqlite; default: the embedded default dataset).</source>
        <translation>Archivo del conjunto de datos (.sqlite; por defecto: el conjunto de datos predeterminado integrado).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="61"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="67"/>
        <source>Region code (default: US; leastbad-cli dataset list shows them).</source>
        <translation>Código de región (por defecto: US; leastbad-cli dataset list muestra los códigos).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="69"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="73"/>
        <source>Policy file (.json); repeat to compare several.</source>
        <translation>Archivo de política (.json); repita la opción para comparar varias.</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="75"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="79"/>
        <source>Monte Carlo draws (default: %1).</source>
        <translation>Extracciones de Monte Carlo (por defecto: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="81"/>
        <location filename="../src/cli/commonoptions.cpp" line="86"/>
        <location filename="../src/cli/commonoptions.cpp" line="90"/>
        <location filename="../src/cli/commonoptions.cpp" line="98"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="84"/>
        <source>Random seed; the same seed gives the same result (default: 1).</source>
        <translation>Semilla aleatoria; la misma semilla da el mismo resultado (por defecto: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="89"/>
        <source>Threads (default: 0 = all cores).</source>
        <translation>Hilos de ejecución (por defecto: 0 = todos los núcleos).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="95"/>
        <source>Horizon in years, 1 to %1 (default: %2).</source>
        <translation>Horizonte en años, de 1 a %1 (por defecto: %2).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="101"/>
        <source>Discount rate per year (default: %1).</source>
        <translation>Tasa de descuento anual (por defecto: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="103"/>
        <source>RATE</source>
        <translation>TASA</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="106"/>
        <source>Dollars per wellbeing-year (default: %1).</source>
        <translation>Dólares por año de bienestar (por defecto: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="108"/>
        <location filename="../src/cli/commonoptions.cpp" line="114"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="112"/>
        <source>Dollars per life-year (default: %1).</source>
        <translation>Dólares por año de vida (por defecto: %1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="118"/>
        <source>Weight of incarcerated people&apos;s wellbeing (default: 1).</source>
        <translation>Peso del bienestar de las personas privadas de libertad (por defecto: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="120"/>
        <location filename="../src/cli/commonoptions.cpp" line="125"/>
        <location filename="../src/cli/commonoptions.cpp" line="130"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="123"/>
        <source>Weight of victims&apos; wellbeing (default: 1).</source>
        <translation>Peso del bienestar de las víctimas (por defecto: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="128"/>
        <source>Weight of families&apos; wellbeing (default: 1).</source>
        <translation>Peso del bienestar de las familias (por defecto: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="133"/>
        <source>Excess burden of taxation: each tax dollar costs 1 + this (default: %1, OMB practice; 0 turns it off).</source>
        <translation>Exceso de carga fiscal: cada dólar de impuestos cuesta 1 + esto (por defecto: %1, práctica de la OMB; 0 lo desactiva).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="137"/>
        <source>SHARE</source>
        <translation>PROPORCIÓN</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="140"/>
        <source>Leave the life expectancy lost through incarceration out of the net value (it is contested).</source>
        <translation>Dejar fuera del valor neto la esperanza de vida perdida por el encarcelamiento (es discutida).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="148"/>
        <source>Output format: table, csv, json or markdown (default: table).</source>
        <translation>Formato de salida: table, csv, json o markdown (por defecto: table).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="151"/>
        <source>Output format: table, csv or json (default: table).</source>
        <translation>Formato de salida: table, csv o json (por defecto: table).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="153"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="235"/>
        <source>--format: expected table, csv or json, got &quot;%1&quot;</source>
        <translation>--format: se esperaba table, csv o json, pero se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="258"/>
        <source>Evaluate regions as of this year: each input&apos;s latest value at or before it (default: the latest value of each).</source>
        <translation>Evaluar las regiones a fecha de este año: cada dato toma su último valor en ese año o antes (predeterminado: el último valor de cada uno).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="262"/>
        <source>YEAR</source>
        <translation>AÑO</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="39"/>
        <source>victimisations averted</source>
        <translation>victimizaciones evitadas</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="41"/>
        <source>change in homicides</source>
        <translation>cambio en homicidios</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="43"/>
        <source>change in prisoner-years</source>
        <translation>cambio en años de reclusión</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="45"/>
        <source>change in wellbeing-years lost</source>
        <translation>cambio en años de bienestar perdidos</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="47"/>
        <source>change in life-years lost in prison</source>
        <translation>años de vida extra perdidos en prisión</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="49"/>
        <source>life-years saved (homicides)</source>
        <translation>años de vida salvados (homicidios)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="51"/>
        <source>change in taxpayer cost</source>
        <translation>cambio en costo para contribuyentes</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="80"/>
        <source>direct (levers alone)</source>
        <translation>directo (solo las palancas)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="81"/>
        <source>incapacitation</source>
        <translation>incapacitación</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="82"/>
        <source>general deterrence</source>
        <translation>disuasión general</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="83"/>
        <source>aftereffects and reentry</source>
        <translation>efectos posteriores y reinserción</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="84"/>
        <source>in-prison conditions</source>
        <translation>condiciones en prisión</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="94"/>
        <source>taxpayers $</source>
        <translation>contribuyentes $</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="95"/>
        <source>victims $</source>
        <translation>víctimas $</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="96"/>
        <source>families $</source>
        <translation>familias $</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="97"/>
        <source>wellbeing-years</source>
        <translation>años de bienestar</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="99"/>
        <source>life-years</source>
        <translation>años de vida</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="103"/>
        <source>by mechanism (mean $)</source>
        <translation>por mecanismo (media $)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="107"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="151"/>
        <source>Drew %1 draws (batches of %2) to bring the standard error of each mean net value below %3.</source>
        <translation>Se hicieron %1 extracciones (en lotes de %2) para bajar el error estándar de cada valor neto medio por debajo de %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="155"/>
        <source>Stopped at the cap of %1 draws (batches of %2): the standard error of a mean net value is still above %3.</source>
        <translation>Se detuvo en el límite de %1 extracciones (en lotes de %2): el error estándar de un valor neto medio sigue por encima de %3.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="254"/>
        <source>--target-se: expected a positive number of dollars, got &quot;%1&quot;</source>
        <translation>--target-se: se esperaba una cantidad positiva de dólares, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="261"/>
        <source>--max-draws: expected a whole number from %1 to 1000000, got &quot;%2&quot;</source>
        <translation>--max-draws: se esperaba un número entero de %1 a 1000000, se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="329"/>
        <source>Keep drawing, in batches of --draws, until the Monte Carlo standard error of each policy&apos;s mean net value is at most this, or --max-draws is reached.</source>
        <translation>Seguir extrayendo, en lotes de --draws, hasta que el error estándar de Monte Carlo del valor neto medio de cada política sea como mucho este, o hasta llegar a --max-draws.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="336"/>
        <source>With --target-se: the most draws to use (default: 100000).</source>
        <translation>Con --target-se: el máximo de extracciones (por defecto: 100000).</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="341"/>
        <source>Split each policy&apos;s net value by mechanism (incapacitation, deterrence, aftereffects and reentry, in-prison conditions) and by ledger.</source>
        <translation>Desglosa el valor neto de cada política por mecanismo (incapacitación, disuasión, efectos posteriores y reinserción, condiciones en prisión) y por cuenta.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="39"/>
        <source>Assaults: large vs small facilities (judged RR 1.2, 0.8-1.8); operating cost per bed (assumption)</source>
        <translation>Agresiones: centros grandes frente a pequeños (RR estimado 1.2, 0.8-1.8); costo operativo por plaza (supuesto)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="40"/>
        <source>Share visited monthly falls with ln(distance) (Rabuy &amp; Kopf 2015); visits lower recidivism and misconduct</source>
        <translation>La proporción con visitas mensuales baja con ln(distancia) (Rabuy &amp; Kopf 2015); las visitas reducen la reincidencia y las faltas disciplinarias</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="41"/>
        <source>Reincarceration hazard in the months covered (LIFE, TARP, Returning Citizens Stimulus; judged RR 0.90 at $2,500)</source>
        <translation>Riesgo de reingreso en prisión en los meses cubiertos (LIFE, TARP, Returning Citizens Stimulus; RR estimado 0.90 con $2,500)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="42"/>
        <source>Longer payment covers more of the first year (assumption)</source>
        <translation>Un pago más prolongado cubre más del primer año (supuesto)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="43"/>
        <source>Incapacitation falling with the incarceration rate and age, aftereffects of prison, small general and targeted deterrence; applies to new admissions unless retroactive</source>
        <translation>Incapacitación que cae con la tasa de encarcelamiento y la edad, efectos posteriores de la prisión, disuasión general pequeña y disuasión dirigida; se aplica a los nuevos ingresos salvo que sea retroactiva</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="44"/>
        <source>Families&apos; overpayment (Raher 2018, PPI), a transfer to vendors and the state; only its deadweight part is a social cost</source>
        <translation>Sobrepago de las familias (Raher 2018, PPI), una transferencia a los proveedores y al Estado; solo su pérdida de eficiencia es un costo social</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="45"/>
        <source>Scales the share visited (assumption), at a cost per prisoner-year; visits: judged HR 0.95 on recidivism</source>
        <translation>Escala la proporción visitada (supuesto), con un costo por año-preso; visitas: HR estimado de 0,95 sobre la reincidencia</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="46"/>
        <source>Judged at 0.3 of the in-person visit effect (no causal evidence); costed per hour provided</source>
        <translation>Estimado en 0,3 del efecto de la visita presencial (sin evidencia causal); con costo por hora prestada</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="47"/>
        <source>No quantitative evidence: effect on assaults is an assumption (0.8-1.05); costed per prisoner-year</source>
        <translation>Sin evidencia cuantitativa: el efecto sobre las agresiones es un supuesto (0,8-1,05); con costo por año-preso</translation>
    </message>
    <message>
        <source>Incapacitation (judged 4 crimes per prisoner-year), weak deterrence (-0.05)</source>
        <translation type="vanished">Incapacitación (estimada en 4 delitos por año de reclusión), disuasión débil (-0.05)</translation>
    </message>
    <message>
        <source>Families&apos; overpayment (Raher 2018, PPI); no link to violence found</source>
        <translation type="vanished">Sobrepago de las familias (Raher 2018, PPI); no se halló relación con la violencia</translation>
    </message>
    <message>
        <source>Scales the share visited (assumption); visits: judged HR 0.90 on recidivism</source>
        <translation type="vanished">Escala la proporción con visitas (supuesto); visitas: HR estimado 0.90 sobre la reincidencia</translation>
    </message>
    <message>
        <source>Judged at 0.3 of the in-person visit effect (no causal evidence)</source>
        <translation type="vanished">Estimado en 0.3 del efecto de las visitas presenciales (sin evidencia causal)</translation>
    </message>
    <message>
        <source>No quantitative evidence: effect on assaults is an assumption (default none)</source>
        <translation type="vanished">Sin evidencia cuantitativa: el efecto sobre las agresiones es un supuesto (por defecto, ninguno)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="48"/>
        <source>Crime elasticities from Chalfin &amp; McCrary 2018 (-0.67 murder, -0.34 violent, -0.17 property)</source>
        <translation>Elasticidades del delito según Chalfin &amp; McCrary 2018 (-0.67 homicidio, -0.34 violentos, -0.17 contra la propiedad)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="49"/>
        <source>Certainty deterrence (assumed elasticity -0.2) and more convictions</source>
        <translation>Disuasión por la certeza del castigo (elasticidad supuesta -0.2) y más condenas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="50"/>
        <source>Pretrial crime averted vs conviction uplift (+13 pp, Leslie &amp; Pope 2017) and later offending (judged HR 1.10)</source>
        <translation>Delitos evitados antes del juicio frente a más condenas (+13 pp, Leslie &amp; Pope 2017) y delitos posteriores (HR estimado 1.10)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="51"/>
        <source>Capital cost per bed (judged $200,000 in 2023 dollars)</source>
        <translation>Costo de capital por plaza (estimado en $200,000 en dólares de 2023)</translation>
    </message>
</context>
<context>
    <name>Evidence kind</name>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="142"/>
        <source>read in the source</source>
        <translation>leído en la fuente</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="144"/>
        <source>read where another source reports it</source>
        <translation>leído en otra fuente que lo cita</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="146"/>
        <source>a judgement from related figures</source>
        <translation>una estimación a partir de cifras relacionadas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="148"/>
        <source>from memory, not yet checked against the source</source>
        <translation>de memoria, aún no comprobado en la fuente</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="151"/>
        <source>worked out from other inputs</source>
        <translation>calculado a partir de otros datos</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="153"/>
        <source>an assumption</source>
        <translation>un supuesto</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="70"/>
        <source>Assaults per prisoner per year</source>
        <translation>Agresiones por preso y año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="71"/>
        <source>Cost of building a prison bed</source>
        <translation>Coste de construir una plaza penitenciaria</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="72"/>
        <source>Share of property crimes cleared</source>
        <translation>Proporción de delitos contra la propiedad esclarecidos</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="73"/>
        <source>Share of violent crimes cleared</source>
        <translation>Proporción de delitos violentos esclarecidos</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="75"/>
        <source>Commissary prices relative to outside prices</source>
        <translation>Precios del economato respecto a los de fuera</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="77"/>
        <source>Commissary spending per prisoner per year</source>
        <translation>Gasto en el economato por preso y año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="79"/>
        <source>Cost of a police officer per year</source>
        <translation>Coste de un agente de policía al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="80"/>
        <source>Cost of a prisoner per year</source>
        <translation>Coste de un preso al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="81"/>
        <source>Felony defendants per year</source>
        <translation>Acusados de delitos graves al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="82"/>
        <source>Homicides per year</source>
        <translation>Homicidios al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="83"/>
        <source>People in jail</source>
        <translation>Personas en cárceles locales</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="84"/>
        <source>People in jail awaiting trial</source>
        <translation>Personas en prisión preventiva</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="86"/>
        <source>Average distance of prisoners from home (miles)</source>
        <translation>Distancia media de los presos a su casa (millas)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="87"/>
        <source>Average prison size (beds)</source>
        <translation>Tamaño medio de las prisiones (plazas)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="89"/>
        <source>Average days held before trial</source>
        <translation>Días medios de detención antes del juicio</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="91"/>
        <source>Average time served, non-violent offences (years)</source>
        <translation>Tiempo medio cumplido, delitos no violentos (años)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="93"/>
        <source>Average time served, violent offences (years)</source>
        <translation>Tiempo medio cumplido, delitos violentos (años)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="94"/>
        <source>Median age at release</source>
        <translation>Edad mediana al salir en libertad</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="95"/>
        <source>Police officers</source>
        <translation>Agentes de policía</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="96"/>
        <source>Police officers per 100,000 residents</source>
        <translation>Agentes de policía por cada 100.000 habitantes</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="97"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="99"/>
        <source>Share of defendants held before trial</source>
        <translation>Proporción de acusados detenidos antes del juicio</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="100"/>
        <source>Prison admissions per year</source>
        <translation>Ingresos en prisión al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="102"/>
        <source>Admissions for a new sentence per year</source>
        <translation>Ingresos por una nueva condena al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="104"/>
        <source>Admissions for parole or probation violations per year</source>
        <translation>Ingresos por incumplir la libertad condicional o la probatoria al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="105"/>
        <source>People in prison</source>
        <translation>Personas en prisión</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="106"/>
        <source>Prison releases per year</source>
        <translation>Excarcelaciones al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="107"/>
        <source>Property crimes per year</source>
        <translation>Delitos contra la propiedad al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="108"/>
        <source>Access to recreation</source>
        <translation>Acceso a actividades recreativas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="110"/>
        <source>Share back in prison within 3 years</source>
        <translation>Proporción de vuelta en prisión en 3 años</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="112"/>
        <source>Share back in prison within 5 years</source>
        <translation>Proporción de vuelta en prisión en 5 años</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="114"/>
        <source>Hours of remote contact with family per week</source>
        <translation>Horas de contacto a distancia con la familia por semana</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="116"/>
        <source>Share of prisoners with a prior prison term</source>
        <translation>Proporción de presos con una condena de prisión anterior</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="118"/>
        <source>Sexual victimisations per prisoner per year</source>
        <translation>Victimizaciones sexuales por preso y año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="120"/>
        <source>Suicides per 100,000 prisoners</source>
        <translation>Suicidios por cada 100.000 presos</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="122"/>
        <source>Prisons and jails run as one system</source>
        <translation>Prisiones y cárceles locales en un solo sistema</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="123"/>
        <source>Violent crimes per year</source>
        <translation>Delitos violentos al año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="125"/>
        <source>Share of prisoners held for a violent offence</source>
        <translation>Proporción de presos por un delito violento</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts.cpp" line="127"/>
        <source>Share of prisoners visited each month</source>
        <translation>Proporción de presos que reciben visitas cada mes</translation>
    </message>
</context>
<context>
    <name>Lever</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="11"/>
        <source>Facility size</source>
        <translation>Tamaño del centro</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="13"/>
        <source>Distance from home</source>
        <translation>Distancia al hogar</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="15"/>
        <source>Cash at release</source>
        <translation>Dinero al salir en libertad</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="17"/>
        <source>Cash paid over</source>
        <translation>Pago repartido en</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="19"/>
        <source>Time served: first term, non-violent</source>
        <translation>Tiempo en prisión: primera condena, delito no violento</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="21"/>
        <source>Time served: first term, violent</source>
        <translation>Tiempo en prisión: primera condena, delito violento</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="22"/>
        <source>Time served: repeat, non-violent</source>
        <translation>Tiempo en prisión: reincidencia, delito no violento</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="23"/>
        <source>Time served: repeat, violent</source>
        <translation>Tiempo en prisión: reincidencia, delito violento</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="24"/>
        <source>Commissary prices</source>
        <translation>Precios del economato</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="26"/>
        <source>In-person visit support</source>
        <translation>Apoyo a las visitas presenciales</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="28"/>
        <source>Phone, video and internet contact</source>
        <translation>Contacto por teléfono, vídeo e internet</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="30"/>
        <source>Recreation access (consoles, TV)</source>
        <translation>Acceso al ocio (consolas, TV)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="32"/>
        <source>Police officers</source>
        <translation>Agentes de policía</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="34"/>
        <source>Violent crimes solved</source>
        <translation>Delitos violentos esclarecidos</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="36"/>
        <source>Pretrial detention</source>
        <translation>Prisión preventiva</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="38"/>
        <source>New capacity built</source>
        <translation>Nuevas plazas construidas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>LeastBad</source>
        <translation>LeastBad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="24"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="33"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="38"/>
        <source>Data as of year</source>
        <translation>Datos a fecha del año</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="39"/>
        <source>Evaluate the region as of a year: each input takes its latest value at or before it</source>
        <translation>Evaluar la región a fecha de un año: cada dato toma su último valor en ese año o antes</translation>
    </message>
    <message>
        <source>Moral &amp;weights</source>
        <translation type="vanished">Pesos &amp;morales</translation>
    </message>
    <message>
        <source>&amp;Show over time:</source>
        <translation type="vanished">Evolución &amp;temporal de:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="55"/>
        <source>Policies and moral weights</source>
        <translation>Políticas y pesos morales</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="57"/>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>Moral weights</source>
        <translation>Pesos morales</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="92"/>
        <source>Show over ti&amp;me:</source>
        <translation>Mos&amp;trar en el tiempo:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="98"/>
        <source>Output shown over time</source>
        <translation>Resultado cuya evolución en el tiempo se muestra</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="110"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="125"/>
        <source>Open E&amp;xample</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="129"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="136"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="147"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="161"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="177"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="178"/>
        <source>&amp;Open…</source>
        <translation>Abr&amp;ir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="179"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="180"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="181"/>
        <source>&amp;Load Policy File into the Selected Policy…</source>
        <translation>Cargar archivo de &amp;política en la política seleccionada…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="185"/>
        <source>Add &amp;Policy</source>
        <translation>&amp;Añadir política</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="186"/>
        <source>&amp;Duplicate Policy</source>
        <translation>D&amp;uplicar política</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="187"/>
        <source>Re&amp;move Policy</source>
        <translation>&amp;Eliminar política</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>Reset Policy to the Status &amp;Quo</source>
        <translation>Restablecer la política al statu &amp;quo</translation>
    </message>
    <message>
        <source>Load Policy File into &amp;A…</source>
        <translation type="vanished">Cargar archivo de política en &amp;A…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="182"/>
        <source>&amp;Import Vera Incarceration Trends…</source>
        <translation>&amp;Importar Vera Incarceration Trends…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="182"/>
        <source>Make a county dataset from the Vera Institute&apos;s Incarceration Trends county file you downloaded</source>
        <translation>Crear un conjunto de datos de condados a partir del archivo de condados de Incarceration Trends del Vera Institute que ha descargado</translation>
    </message>
    <message>
        <source>Load Policy File into &amp;B…</source>
        <translation type="vanished">Cargar archivo de política en &amp;B…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="184"/>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copiar gráfico como imagen</translation>
    </message>
    <message>
        <source>Reset A to the Status Quo</source>
        <translation type="vanished">Restablecer A al statu quo</translation>
    </message>
    <message>
        <source>Reset B to the Status Quo</source>
        <translation type="vanished">Restablecer B al statu quo</translation>
    </message>
    <message>
        <source>Copy &amp;A to B</source>
        <translation type="vanished">Copiar &amp;A en B</translation>
    </message>
    <message>
        <source>Copy &amp;B to A</source>
        <translation type="vanished">Copiar &amp;B en A</translation>
    </message>
    <message>
        <source>&amp;Swap A and B</source>
        <translation type="vanished">&amp;Intercambiar A y B</translation>
    </message>
    <message>
        <source>Copy A to B</source>
        <translation type="vanished">Copiar A en B</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="189"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="193"/>
        <source>Show &amp;Status Bar</source>
        <translation>Mostrar &amp;barra de estado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="196"/>
        <source>&amp;Welcome and Examples…</source>
        <translation>&amp;Bienvenida y ejemplos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="197"/>
        <source>How the &amp;Model Works</source>
        <translation>Cómo funciona el &amp;modelo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="198"/>
        <source>&amp;Validation Against What Happened</source>
        <translation>&amp;Validación frente a lo que ocurrió</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>&amp;About LeastBad</source>
        <translation>&amp;Acerca de LeastBad</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="52"/>
        <source>Prison population (end of year)</source>
        <translation>Población penitenciaria (a final de año)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="54"/>
        <source>Prison admissions</source>
        <translation>Ingresos en prisión</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="56"/>
        <source>Releases</source>
        <translation>Excarcelaciones</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="57"/>
        <source>New admissions (not readmissions)</source>
        <translation>Primeros ingresos (no reingresos)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="58"/>
        <source>Readmissions within 10 years of release</source>
        <translation>Reingresos en los 10 años posteriores a la excarcelación</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="59"/>
        <source>Violent crimes known to police (incl. homicide)</source>
        <translation>Delitos violentos conocidos por la policía (incl. homicidios)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="61"/>
        <source>Property crimes known to police</source>
        <translation>Delitos contra la propiedad conocidos por la policía</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="62"/>
        <source>Homicides</source>
        <translation>Homicidios</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="64"/>
        <source>Victimisations (reported and unreported)</source>
        <translation>Victimizaciones (denunciadas y no denunciadas)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="66"/>
        <source>Victimisations averted vs status quo</source>
        <translation>Victimizaciones evitadas frente al statu quo</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="67"/>
        <source>Prisoner-years served</source>
        <translation>Años de reclusión cumplidos</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="69"/>
        <source>Pretrial jail-years (felony defendants held)</source>
        <translation>Años de prisión preventiva (acusados de delitos graves detenidos)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="70"/>
        <source>Prisoners assaulted (at least once in the year)</source>
        <translation>Personas presas agredidas (al menos una vez en el año)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="71"/>
        <source>Sexual victimisations in prison</source>
        <translation>Victimizaciones sexuales en prisión</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="72"/>
        <source>Suicides in prison</source>
        <translation>Suicidios en prisión</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="73"/>
        <source>Life expectancy lost by incarcerated people</source>
        <translation>Esperanza de vida perdida por las personas presas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="75"/>
        <source>Life-years saved by homicides averted</source>
        <translation>Años de vida salvados por homicidios evitados</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="76"/>
        <source>Wellbeing-years lost by victims</source>
        <translation>Años de bienestar perdidos por las víctimas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="78"/>
        <source>Wellbeing-years lost by incarcerated people</source>
        <translation>Años de bienestar perdidos por las personas presas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="79"/>
        <source>Wellbeing-years lost by prisoners&apos; children</source>
        <translation>Años de bienestar perdidos por los hijos e hijas de las personas presas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="80"/>
        <source>Wellbeing-years lost, all</source>
        <translation>Años de bienestar perdidos, total</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="81"/>
        <source>Corrections operating cost</source>
        <translation>Costo operativo del sistema penitenciario</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="83"/>
        <source>Capital cost of new and re-housing capacity</source>
        <translation>Costo de capital de nueva capacidad y de realojamiento</translation>
    </message>
    <message>
        <source>Capital cost of new capacity</source>
        <translation type="vanished">Costo de capital de las nuevas plazas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="84"/>
        <source>Police cost</source>
        <translation>Costo de la policía</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="85"/>
        <source>Cash transfers at release paid</source>
        <translation>Transferencias en efectivo pagadas al salir en libertad</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="86"/>
        <source>Pretrial detention cost</source>
        <translation>Costo de la prisión preventiva</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="87"/>
        <source>Contact, visits, recreation and cash administration</source>
        <translation>Contacto, visitas, recreación y administración del dinero</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="88"/>
        <source>Commissary commissions to the state</source>
        <translation>Comisiones del economato para el Estado</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="89"/>
        <source>Commissary markup kept by vendors</source>
        <translation>Margen del economato que retienen los proveedores</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="90"/>
        <source>Taxpayers: net cost</source>
        <translation>Contribuyentes: costo neto</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="91"/>
        <source>Victims: tangible cost of crime</source>
        <translation>Víctimas: costo tangible del delito</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="92"/>
        <source>Commissary markup paid by prisoners and families</source>
        <translation>Sobreprecio del economato pagado por las personas presas y sus familias</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="93"/>
        <source>Cash transfers received</source>
        <translation>Transferencias en efectivo recibidas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="94"/>
        <source>Incarcerated people and families: net cost</source>
        <translation>Personas presas y familias: costo neto</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="95"/>
        <source>All ledgers: net cost</source>
        <translation>Todas las cuentas: costo neto</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="27"/>
        <source>trillion USD 2024</source>
        <translation>billones de USD de 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="28"/>
        <source>billion USD 2024</source>
        <translation>miles de millones de USD de 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="30"/>
        <source>millions</source>
        <translation>millones</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="32"/>
        <source>thousands</source>
        <translation>miles</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="47"/>
        <source>Change %1 (%2)</source>
        <translation>cambio de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="12"/>
        <source>beds</source>
        <translation>plazas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="14"/>
        <source>miles</source>
        <translation>millas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="16"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="18"/>
        <source>months (0 = lump sum)</source>
        <translation>meses (0 = pago único)</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="20"/>
        <source>x status quo</source>
        <translation>x statu quo</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="25"/>
        <source>x community price</source>
        <translation>x precio exterior</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="27"/>
        <source>x share visited</source>
        <translation>x proporción con visitas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="29"/>
        <source>hours/week</source>
        <translation>horas/semana</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="31"/>
        <source>0-1</source>
        <translation>0-1</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="33"/>
        <source>per 100,000 residents</source>
        <translation>por cada 100 000 habitantes</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="35"/>
        <source>share cleared</source>
        <translation>proporción esclarecida</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="37"/>
        <source>share of felony defendants</source>
        <translation>proporción de acusados de delitos graves</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="53"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="55"/>
        <source>people/year</source>
        <translation>personas/año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="60"/>
        <source>crimes/year</source>
        <translation>delitos/año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="63"/>
        <source>deaths/year</source>
        <translation>muertes/año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="65"/>
        <source>victimisations/year</source>
        <translation>victimizaciones/año</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="68"/>
        <source>person-years</source>
        <translation>años-persona</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="74"/>
        <source>life-years</source>
        <translation>años de vida</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="77"/>
        <source>QALY</source>
        <translation>QALY</translation>
    </message>
    <message>
        <location filename="../src/analysis/coretexts_strings.cpp" line="82"/>
        <source>USD 2024</source>
        <translation>USD 2024</translation>
    </message>
</context>
<context>
    <name>leastbad-cli</name>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Uso: leastbad-cli &lt;orden&gt; [opciones]

LeastBad: una calculadora de costos y beneficios de políticas penitenciarias.

Órdenes:
  simulate     Simula una política año a año
  compare      Compara políticas con el statu quo bajo incertidumbre
  sensitivity  Ordena los parámetros que determinan el valor neto de una política
  frontier     Encuentra las políticas que ninguna otra supera, y la menos mala
  regions      Aplica una política a cada región y ordena las regiones
  dataset      Lista, muestra, valida, importa y exporta conjuntos de datos regionales
  export       Exporta los gráficos, el informe y los resultados de un escenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Muestra la tabla de parámetros del modelo (Markdown, como en docs/MODEL.md)

Cada orden admite --help.

Opciones:
  -h, --help         Mostrar esta ayuda
  -v, --version      Mostrar la versión
      --lang CÓDIGO  Idioma: en, nl o es (por defecto: el del sistema)
</translation>
    </message>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Uso: leastbad-cli &lt;orden&gt; [opciones]

LeastBad: una calculadora de costos y beneficios de políticas penitenciarias.

Órdenes:
  simulate     Simula una política año a año
  compare      Compara políticas con el statu quo bajo incertidumbre
  diagnostics  Efectos por unidad del modelo junto a la literatura
  sensitivity  Ordena los parámetros que determinan el valor neto de una política
  frontier     Encuentra las políticas que ninguna otra supera, y la menos mala
  regions      Aplica una política a cada región y ordena las regiones
  dataset      Lista, muestra, valida, importa y exporta conjuntos de datos regionales
  export       Exporta los gráficos, el informe y los resultados de un escenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Muestra la tabla de parámetros del modelo (Markdown, como en docs/MODEL.md)

Cada orden admite --help.

Opciones:
  -h, --help         Mostrar esta ayuda
  -v, --version      Mostrar la versión
      --lang CÓDIGO  Idioma: en, nl o es (por defecto: el del sistema)
</translation>
    </message>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  voi          Value of information: which uncertainty matters for the decision
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Uso: leastbad-cli &lt;orden&gt; [opciones]

LeastBad: una calculadora de costos y beneficios de políticas penitenciarias.

Órdenes:
  simulate     Simula una política año a año
  compare      Compara políticas con el statu quo bajo incertidumbre
  voi          Valor de la información: qué incertidumbre importa para la decisión
  diagnostics  Efectos por unidad del modelo junto a la literatura
  sensitivity  Ordena los parámetros que determinan el valor neto de una política
  frontier     Encuentra las políticas que ninguna otra supera, y la menos mala
  regions      Aplica una política a cada región y ordena las regiones
  dataset      Lista, muestra, valida, importa y exporta conjuntos de datos regionales
  export       Exporta los gráficos, el informe y los resultados de un escenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Muestra la tabla de parámetros del modelo (Markdown, como en docs/MODEL.md)

Cada orden admite --help.

Opciones:
  -h, --help         Mostrar esta ayuda
  -v, --version      Mostrar la versión
      --lang CÓDIGO  Idioma: en, nl o es (por defecto: el del sistema)
</translation>
    </message>
    <message>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  voi          Value of information: which uncertainty matters for the decision
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  validate     Run published natural experiments through the model
  backcast     Start a region in a past year and compare with what happened
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation type="vanished">Uso: leastbad-cli &lt;orden&gt; [opciones]

LeastBad: una calculadora de costos y beneficios de políticas penitenciarias.

Órdenes:
  simulate     Simula una política año a año
  compare      Compara políticas con el statu quo bajo incertidumbre
  voi          Valor de la información: qué incertidumbre importa para la decisión
  diagnostics  Efectos por unidad del modelo junto a la literatura
  sensitivity  Ordena los parámetros que determinan el valor neto de una política
  frontier     Encuentra las políticas que ninguna otra supera, y la menos mala
  regions      Aplica una política a cada región y ordena las regiones
  validate     Pasa experimentos naturales publicados por el modelo
  backcast     Inicia una región en un año pasado y compara con lo que ocurrió
  dataset      Lista, muestra, valida, importa y exporta conjuntos de datos regionales
  export       Exporta los gráficos, el informe y los resultados de un escenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Muestra la tabla de parámetros del modelo (Markdown, como en docs/MODEL.md)

Cada orden admite --help.

Opciones:
  -h, --help         Mostrar esta ayuda
  -v, --version      Mostrar la versión
      --lang CÓDIGO  Idioma: en, nl o es (por defecto: el del sistema)
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="35"/>
        <source>Usage: leastbad-cli &lt;command&gt; [options]

LeastBad: a prison-policy cost-benefit calculator.

Commands:
  simulate     Simulate one policy year by year
  compare      Compare policies with the status quo under uncertainty
  voi          Value of information: which uncertainty matters for the decision
  diagnostics  Per-unit effects of the model beside the literature
  sensitivity  Rank the parameters that drive a policy&apos;s net value
  frontier     Find the policies no other beats, and the least bad one
  regions      Apply one policy to every region and rank them
  validate     Run published natural experiments through the model
  backcast     Start a region in a past year and compare with what happened
  dataset      List, show, validate, import and export regional datasets
  export       Export a scenario&apos;s charts, report and results (PNG, SVG, PDF, CSV, JSON)
  parameters   Print the model&apos;s parameter table (Markdown, as in docs/MODEL.md)
  levers       Print the policy levers (Markdown or JSON, as in docs/MODEL.md)

Each command takes --help.

Options:
  -h, --help       Show this help
  -v, --version    Show the version
      --lang CODE  Language: en, nl or es (default: the system&apos;s)
</source>
        <translation>Uso: leastbad-cli &lt;orden&gt; [opciones]

LeastBad: una calculadora de costos y beneficios de políticas penitenciarias.

Órdenes:
  simulate     Simula una política año a año
  compare      Compara políticas con el statu quo bajo incertidumbre
  voi          Valor de la información: qué incertidumbre importa para la decisión
  diagnostics  Efectos por unidad del modelo junto a la literatura
  sensitivity  Ordena los parámetros que determinan el valor neto de una política
  frontier     Encuentra las políticas que ninguna otra supera, y la menos mala
  regions      Aplica una política a cada región y ordena las regiones
  validate     Pasa experimentos naturales publicados por el modelo
  backcast     Inicia una región en un año pasado y compara con lo que ocurrió
  dataset      Lista, muestra, valida, importa y exporta conjuntos de datos regionales
  export       Exporta los gráficos, el informe y los resultados de un escenario (PNG, SVG, PDF, CSV, JSON)
  parameters   Muestra la tabla de parámetros del modelo (Markdown, como en docs/MODEL.md)
  levers       Muestra las palancas de política (Markdown o JSON, como en docs/MODEL.md)

Cada orden admite --help.

Opciones:
  -h, --help         Mostrar esta ayuda
  -v, --version      Mostrar la versión
      --lang CÓDIGO  Idioma: en, nl o es (por defecto: el del sistema)
</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="107"/>
        <source>The command to run.</source>
        <translation>La orden que se ejecutará.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="109"/>
        <source>Show this help</source>
        <translation>Mostrar esta ayuda</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="112"/>
        <source>Show the version</source>
        <translation>Mostrar la versión</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="160"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>leastbad::analysis</name>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="82"/>
        <source>and %1 more (the region&apos;s details list them)</source>
        <translation>y %1 más (figuran en los detalles de la región)</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="90"/>
        <source>%1 (%2 figure)</source>
        <translation>%1 (cifra de %2)</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="92"/>
        <source>%1 (assumed: %2 figure)</source>
        <translation>%1 (supuesto: cifra de %2)</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="126"/>
        <source>Status quo</source>
        <translation>Statu quo</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="134"/>
        <source>%1, data year %2. %3</source>
        <translation>%1, año de los datos %2. %3</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="138"/>
        <source>Every input is the region&apos;s own or derived from its own figures.</source>
        <translation>Todos los datos de entrada son propios de la región o derivados de sus propias cifras.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="139"/>
        <source>Flagged: %1 of %2 inputs borrowed: %3.</source>
        <translation>Marcados: %1 de %2 datos de entrada tomados de otra región: %3.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="143"/>
        <source>Assumptions: $%1 per wellbeing-year, $%2 per life-year; weights: incarcerated %3, victims %4, families %5; discount rate %6%, %7 years; %8 draws, seed %9.</source>
        <translation>Supuestos: $%1 por año de bienestar, $%2 por año de vida; pesos: personas presas %3, víctimas %4, familias %5; tasa de descuento %6%, %7 años; %8 extracciones, semilla %9.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="155"/>
        <source>Data: %1.</source>
        <translation>Datos: %1.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="156"/>
        <source>Evidence: %1.</source>
        <translation>Evidencia: %1.</translation>
    </message>
    <message>
        <location filename="../src/analysis/chartcontext.cpp" line="158"/>
        <source>Made with LeastBad %1; every equation and source: docs/MODEL.md and docs/DATASETS.md.</source>
        <translation>Hecho con LeastBad %1; todas las ecuaciones y fuentes: docs/MODEL.md y docs/DATASETS.md.</translation>
    </message>
    <message>
        <location filename="../src/analysis/numbertext.cpp" line="71"/>
        <source>%1 (90% interval %2 to %3)</source>
        <translation>%1 (intervalo del 90%: de %2 a %3)</translation>
    </message>
    <message>
        <location filename="../src/analysis/numbertext.cpp" line="77"/>
        <source>%1 ± %2 (90% interval %3 to %4)</source>
        <translation>%1 ± %2 (intervalo del 90% de %3 a %4)</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="76"/>
        <source>What the levers do directly</source>
        <translation>Lo que hacen las palancas directamente</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="78"/>
        <location filename="../src/analysis/decisionviews.cpp" line="94"/>
        <source>Incapacitation</source>
        <translation>Incapacitación</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="80"/>
        <source>General deterrence</source>
        <translation>Disuasión general</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="82"/>
        <location filename="../src/analysis/decisionviews.cpp" line="98"/>
        <source>Aftereffects and reentry</source>
        <translation>Efectos posteriores y reinserción</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="84"/>
        <location filename="../src/analysis/decisionviews.cpp" line="100"/>
        <source>In-prison conditions</source>
        <translation>Condiciones en prisión</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="96"/>
        <source>Deterrence</source>
        <translation>Disuasión</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="102"/>
        <source>Taxpayer costs</source>
        <translation>Costes para los contribuyentes</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="104"/>
        <source>Pretrial detention</source>
        <translation>Prisión preventiva</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="106"/>
        <source>Uncertain baseline inputs</source>
        <translation>Datos de partida inciertos</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="108"/>
        <source>Victim costs and reporting</source>
        <translation>Costes de las víctimas y denuncias</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="110"/>
        <source>Life-years</source>
        <translation>Años de vida</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="112"/>
        <source>Wellbeing-years</source>
        <translation>Años de bienestar</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="119"/>
        <source>Value of a wellbeing-year</source>
        <translation>Valor de un año de bienestar</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="121"/>
        <source>Value of a life-year</source>
        <translation>Valor de un año de vida</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="123"/>
        <source>Weight of incarcerated people&apos;s wellbeing</source>
        <translation>Peso del bienestar de las personas encarceladas</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="125"/>
        <source>Discount rate</source>
        <translation>Tasa de descuento</translation>
    </message>
    <message>
        <location filename="../src/analysis/decisionviews.cpp" line="153"/>
        <source>never within %1 to %2</source>
        <translation>nunca entre %1 y %2</translation>
    </message>
</context>
<context>
    <name>leastbad::charts</name>
    <message>
        <source>and %1 more (the region&apos;s details list them)</source>
        <translation type="vanished">y %1 más (figuran en los detalles de la región)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="vanished">%1 (de %2)</translation>
    </message>
    <message>
        <source>%1 (assumed from %2)</source>
        <translation type="vanished">%1 (supuesto a partir de %2)</translation>
    </message>
    <message>
        <source>%1 (%2 figure)</source>
        <translation type="vanished">%1 (cifra de %2)</translation>
    </message>
    <message>
        <source>%1 (assumed: %2 figure)</source>
        <translation type="vanished">%1 (supuesto: cifra de %2)</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation type="vanished">Statu quo</translation>
    </message>
    <message>
        <source>%1, data year %2. %3</source>
        <translation type="vanished">%1, año de los datos %2. %3</translation>
    </message>
    <message>
        <source>Every input is the region&apos;s own or derived from its own figures.</source>
        <translation type="vanished">Todos los datos de entrada son propios de la región o derivados de sus propias cifras.</translation>
    </message>
    <message>
        <source>Flagged: %1 of %2 inputs borrowed: %3.</source>
        <translation type="vanished">Marcados: %1 de %2 datos de entrada tomados de otra región: %3.</translation>
    </message>
    <message>
        <source>Assumptions: $%1 per wellbeing-year, $%2 per life-year; weights: incarcerated %3, victims %4, families %5; discount rate %6%, %7 years; %8 draws, seed %9.</source>
        <translation type="vanished">Supuestos: $%1 por año de bienestar, $%2 por año de vida; pesos: personas presas %3, víctimas %4, familias %5; tasa de descuento %6%, %7 años; %8 extracciones, semilla %9.</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation type="vanished">Datos: %1.</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation type="vanished">Evidencia: %1.</translation>
    </message>
    <message>
        <source>Made with LeastBad %1; every equation and source: docs/MODEL.md and docs/DATASETS.md.</source>
        <translation type="vanished">Hecho con LeastBad %1; todas las ecuaciones y fuentes: docs/MODEL.md y docs/DATASETS.md.</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="66"/>
        <location filename="../src/charts/chartexport.cpp" line="69"/>
        <source>cannot draw the SVG</source>
        <translation>no se puede dibujar el SVG</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="86"/>
        <location filename="../src/charts/chartexport.cpp" line="91"/>
        <location filename="../src/charts/report.cpp" line="228"/>
        <location filename="../src/charts/report.cpp" line="231"/>
        <source>cannot draw the PDF</source>
        <translation>no se puede dibujar el PDF</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="117"/>
        <source>Slide, 16:9 (1920 × 1080)</source>
        <translation>Diapositiva, 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="118"/>
        <source>Social, wide (1200 × 675)</source>
        <translation>Redes sociales, horizontal (1200 × 675)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="119"/>
        <source>Social, square (1080 × 1080)</source>
        <translation>Redes sociales, cuadrado (1080 × 1080)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="120"/>
        <source>Print, A4 landscape</source>
        <translation>Impresión, A4 horizontal</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="121"/>
        <source>Print, Letter landscape</source>
        <translation>Impresión, Carta horizontal</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="136"/>
        <source>size &quot;%1&quot;: expected WIDTHxHEIGHT in pixels or one of %2</source>
        <translation>tamaño &quot;%1&quot;: se esperaba WIDTHxHEIGHT en píxeles o uno de %2</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="143"/>
        <source>size &quot;%1&quot;: each side must be %2 to %3 pixels</source>
        <translation>tamaño &quot;%1&quot;: cada lado debe medir de %2 a %3 píxeles</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="189"/>
        <source>%1: the scale must be 1, 2 or 3</source>
        <translation>%1: la escala debe ser 1, 2 o 3</translation>
    </message>
    <message>
        <location filename="../src/charts/chartexport.cpp" line="208"/>
        <source>%1: unknown format</source>
        <translation>%1: formato desconocido</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="59"/>
        <source>Over time</source>
        <translation>Evolución en el tiempo</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="61"/>
        <source>Who gains, who pays</source>
        <translation>Quién gana, quién paga</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="63"/>
        <source>Net value</source>
        <translation>Valor neto</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="65"/>
        <source>Tornado</source>
        <translation>Diagrama de tornado</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="67"/>
        <source>Frontier</source>
        <translation>Frontera de Pareto</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="69"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="81"/>
        <source>no analysis has been computed yet</source>
        <translation>todavía no se ha calculado ningún análisis</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="83"/>
        <source>the tornado has not been computed yet</source>
        <translation>todavía no se ha calculado el diagrama de tornado</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="87"/>
        <source>the frontier has not been computed (Frontier tab; in the command line, --all or --frontier)</source>
        <translation>no se ha calculado la frontera de Pareto (pestaña Frontera; en la línea de comandos, --all o --frontier)</translation>
    </message>
    <message>
        <location filename="../src/charts/chartkind.cpp" line="92"/>
        <source>the regions have not been ranked yet</source>
        <translation>todavía no se han ordenado las regiones</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="23"/>
        <source>%1: no analysis to write</source>
        <translation>%1: no hay ningún análisis que escribir</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="25"/>
        <source>%1: the draws were not kept for this export</source>
        <translation>%1: las extracciones no se guardaron para esta exportación</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="35"/>
        <source>%1: unknown kind of results &quot;%2&quot; (json, csv or yearly)</source>
        <translation>%1: tipo de resultados desconocido &quot;%2&quot; (json, csv o yearly)</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="49"/>
        <source>%1: unknown format &quot;%2&quot; (png, svg, pdf or csv)</source>
        <translation>%1: formato desconocido &quot;%2&quot; (png, svg, pdf o csv)</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="59"/>
        <source>%1: no such folder</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="68"/>
        <source>%1: cannot write here: %2</source>
        <translation>%1: no se puede escribir aquí: %2</translation>
    </message>
    <message>
        <location filename="../src/charts/exportbatch.cpp" line="127"/>
        <source>%1: cannot move into place</source>
        <translation>%1: no se puede mover a su ubicación definitiva</translation>
    </message>
    <message>
        <source> tn</source>
        <translation type="vanished"> B</translation>
    </message>
    <message>
        <source> bn</source>
        <translation type="vanished"> mil M</translation>
    </message>
    <message>
        <source> M</source>
        <translation type="vanished"> M</translation>
    </message>
    <message>
        <source>%1 (90% interval %2 to %3)</source>
        <translation type="vanished">%1 (intervalo del 90%: de %2 a %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/charts/report.cpp" line="75"/>
        <source>Against the status quo, over %n year(s)</source>
        <translation>
            <numerusform>Frente al statu quo, en %n año</numerusform>
            <numerusform>Frente al statu quo, en %n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="86"/>
        <source>Victimisations averted</source>
        <translation>Victimizaciones evitadas</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="88"/>
        <source>Change in wellbeing-years lost</source>
        <translation>Cambio en años de bienestar perdidos</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="90"/>
        <source>Change in life-years lost (prison − homicide)</source>
        <translation>Cambio en años de vida perdidos (prisión − homicidio)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="92"/>
        <source>Change in taxpayers&apos; cost (discounted)</source>
        <translation>Cambio en el costo para los contribuyentes (descontado)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="94"/>
        <source>Net social value (the weights below)</source>
        <translation>Valor social neto (según los pesos de abajo)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="96"/>
        <source>P(net benefit &gt; 0)</source>
        <translation>P(beneficio neto &gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="103"/>
        <source>On net social value, %1 beats %2 in %3 of %4 draws (ties: %5). Mean and 90% interval in brackets.</source>
        <translation>En valor social neto, %1 supera a %2 en el %3 de %4 extracciones (empates: %5). Media e intervalo del 90% entre paréntesis.</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="116"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="116"/>
        <source>%1, data year %2</source>
        <translation>%1, año de los datos %2</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="119"/>
        <source>Value of a wellbeing-year</source>
        <translation>Valor de un año de bienestar</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="121"/>
        <source>Value of a life-year</source>
        <translation>Valor de un año de vida</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="123"/>
        <source>Moral weights</source>
        <translation>Pesos morales</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="124"/>
        <source>incarcerated people %1, victims %2, families %3</source>
        <translation>personas presas %1, víctimas %2, familias %3</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="127"/>
        <source>Horizon and discount rate</source>
        <translation>Horizonte y tasa de descuento</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="128"/>
        <source>%1 years, %2% a year</source>
        <translation>%1 años, %2% anual</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="129"/>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="130"/>
        <source>%1 draws, seed %2</source>
        <translation>%1 extracciones, semilla %2</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="131"/>
        <source>Borrowed inputs (flagged)</source>
        <translation>Datos de entrada tomados de otra región (marcados)</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="132"/>
        <source>none: every input is the region&apos;s own or derived from it</source>
        <translation>ninguno: todos los datos de entrada son propios de la región o derivados de ellos</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="133"/>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="139"/>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="148"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="148"/>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="150"/>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="152"/>
        <source>Every parameter, its distribution and full citation: docs/MODEL.md; every dataset value and its source: docs/DATASETS.md. Made with LeastBad %1 on %2.</source>
        <translation>Cada parámetro, su distribución y la cita completa: docs/MODEL.md; cada valor del conjunto de datos y su fuente: docs/DATASETS.md. Hecho con LeastBad %1 el %2.</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="168"/>
        <source>%1 against the status quo in %2</source>
        <translation>%1 frente al statu quo en %2</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="169"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="171"/>
        <source>A LeastBad report. Every number is the mean over the Monte Carlo draws, with its 90% interval; money in 2024 US dollars.</source>
        <translation>Un informe de LeastBad. Cada cifra es la media de las extracciones de Monte Carlo, con su intervalo del 90%; importes en dólares estadounidenses de 2024.</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="217"/>
        <source>%1: no analysis to report</source>
        <translation>%1: no hay ningún análisis del que informar</translation>
    </message>
    <message>
        <location filename="../src/charts/report.cpp" line="223"/>
        <source>LeastBad report</source>
        <translation>Informe de LeastBad</translation>
    </message>
    <message>
        <location filename="../src/charts/chartdata.cpp" line="99"/>
        <source>the tornado has not been computed</source>
        <translation>no se ha calculado el diagrama de tornado</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::AcceptabilityChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="213"/>
        <location filename="../src/charts/decisioncharts.cpp" line="255"/>
        <source>P(best) as the value of a wellbeing-year varies</source>
        <translation>P(mejor) según varía el valor de un año de bienestar</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="214"/>
        <source>Not computed yet.</source>
        <translation>Aún no se ha calculado.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="232"/>
        <source>%1 per wellbeing-year: %2</source>
        <translation>%1 por año de bienestar: %2</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="246"/>
        <source> your value, %1</source>
        <translation> su valor, %1</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="249"/>
        <source>Value of a wellbeing-year (thousand USD 2024)</source>
        <translation>Valor de un año de bienestar (miles de USD 2024)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="250"/>
        <source>Probability of being the best option (%)</source>
        <translation>Probabilidad de ser la mejor opción (%)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="256"/>
        <source>Every other weight as you set it; the dashed line is your value.</source>
        <translation>Los demás pesos como usted los fijó; la línea discontinua es su valor.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::ChartWidget</name>
    <message>
        <location filename="../src/charts/chartwidget.cpp" line="190"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../src/charts/chartwidget.cpp" line="192"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::DecisionChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="32"/>
        <source>billion USD 2024</source>
        <translation>miles de millones de USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="34"/>
        <source>million USD 2024</source>
        <translation>millones de USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="35"/>
        <source>thousand USD 2024</source>
        <translation>miles de USD 2024</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="100"/>
        <source>Not computed yet.</source>
        <translation>Aún no se ha calculado.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::FrontierChart</name>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="92"/>
        <location filename="../src/charts/frontierchart.cpp" line="118"/>
        <location filename="../src/charts/frontierchart.cpp" line="224"/>
        <source>Frontier</source>
        <translation>Frontera de Pareto</translation>
    </message>
    <message>
        <source>Extra cost to taxpayers, discounted (billion USD 2024)</source>
        <translation type="vanished">Costo adicional para los contribuyentes, descontado (miles de millones de USD de 2024)</translation>
    </message>
    <message>
        <source>Victimisations averted over the horizon (millions)</source>
        <translation type="vanished">Victimizaciones evitadas en el horizonte (millones)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="47"/>
        <source>Extra cost to taxpayers</source>
        <translation>Coste adicional para los contribuyentes</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="49"/>
        <source>Victimisations averted</source>
        <translation>Victimizaciones evitadas</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="51"/>
        <source>Wellbeing-years saved</source>
        <translation>Años de bienestar ganados</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="53"/>
        <source>Life-years saved, net</source>
        <translation>Años de vida salvados, netos</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="61"/>
        <location filename="../src/charts/frontierchart.cpp" line="68"/>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="63"/>
        <source>billion USD 2024, discounted</source>
        <translation>miles de millones de USD 2024, descontados</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="64"/>
        <source>million USD 2024, discounted</source>
        <translation>millones de USD 2024, descontados</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="65"/>
        <source>millions</source>
        <translation>millones</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="66"/>
        <source>thousands</source>
        <translation>miles</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="67"/>
        <source>over the horizon</source>
        <translation>en el horizonte</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="118"/>
        <location filename="../src/charts/frontierchart.cpp" line="224"/>
        <source>Not computed yet.</source>
        <translation>Aún no se ha calculado.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="137"/>
        <source>&amp;Add “%1” to the policies</source>
        <translation>&amp;Añadir “%1” a las políticas</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="245"/>
        <source>Frontier policy %1</source>
        <translation>Política de la frontera %1</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="291"/>
        <source>Frontier (%1 of %2 policies)</source>
        <translation>Frontera (%1 de %2 políticas)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="311"/>
        <source>%1 of %2 policies sampled are on the frontier, shown on every pair of its four objectives, each against the status quo.</source>
        <translation>%1 de %2 políticas muestreadas están en la frontera, mostradas en cada par de sus cuatro objetivos, cada uno frente al statu quo.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="362"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="364"/>
        <source>Expected net value under your weights: %1</source>
        <translation>Valor neto esperado con sus pesos: %1</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="373"/>
        <source>  %1: %2 (status quo %3)</source>
        <translation>  %1: %2 (statu quo %3)</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="377"/>
        <source>Levers: as the status quo</source>
        <translation>Palancas: como el statu quo</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="378"/>
        <source>Levers changed from the status quo:</source>
        <translation>Palancas cambiadas respecto al statu quo:</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="380"/>
        <source>Click to add it to your policies.</source>
        <translation>Haga clic para añadirla a sus políticas.</translation>
    </message>
    <message>
        <source>Double-click to add this policy to the list.</source>
        <translation type="vanished">Haga doble clic para añadir esta política a la lista.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="257"/>
        <source>Least bad within today&apos;s budget</source>
        <translation>Menos mala dentro del presupuesto actual</translation>
    </message>
    <message>
        <source>%1 of %2 policies sampled are on the frontier (two of its four objectives are shown).</source>
        <translation type="vanished">%1 de las %2 políticas muestreadas están en la frontera de Pareto (se muestran dos de sus cuatro objetivos).</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="317"/>
        <source>The least bad within today&apos;s budget: net social value %1, P(net benefit &gt; 0) %2.</source>
        <translation>La menos mala dentro del presupuesto actual: valor social neto %1, P(beneficio neto &gt; 0) %2.</translation>
    </message>
    <message>
        <location filename="../src/charts/frontierchart.cpp" line="322"/>
        <source>What is possible: the frontier of %1 policies</source>
        <translation>Lo que es posible: la frontera de %1 políticas</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::InformationChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="262"/>
        <source>What would change the answer</source>
        <translation>Qué cambiaría la respuesta</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="264"/>
        <source>Not computed yet.</source>
        <translation>Aún no se ha calculado.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="283"/>
        <source>%1
EVPPI %2 ± %3 (jackknife standard error), %4 of the EVPI</source>
        <translation>%1
EVPPI %2 ± %3 (error estándar jackknife), %4 del EVPI</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="296"/>
        <source>Expected value of partial perfect information (%1, discounted)</source>
        <translation>Valor esperado de la información perfecta parcial (%1, descontado)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="297"/>
        <source>Group of parameters</source>
        <translation>Grupo de parámetros</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="298"/>
        <source>What would change the answer: the value of information</source>
        <translation>Qué cambiaría la respuesta: el valor de la información</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="299"/>
        <source>What knowing each group of parameters exactly would be worth before deciding. Knowing everything (EVPI): %1 ± %2. Bars ± one jackknife standard error.</source>
        <translation>Lo que valdría conocer exactamente cada grupo de parámetros antes de decidir. Saberlo todo (EVPI): %1 ± %2. Barras ± un error estándar jackknife.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::LedgerChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="152"/>
        <source>Who gains, who pays</source>
        <translation>Quién gana, quién paga</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="158"/>
        <source>Taxpayers</source>
        <translation>Contribuyentes</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="158"/>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="159"/>
        <source>Incarcerated people
and families</source>
        <translation>Personas presas
y familias</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="159"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="198"/>
        <source>Net value vs status quo (%1, discounted)</source>
        <translation>Valor neto frente al statu quo (%1, descontado)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="206"/>
        <source>%1: net social value %2, P(net benefit &gt; 0) %3</source>
        <translation>%1: valor social neto %2, P(beneficio neto &gt; 0) %3</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="210"/>
        <source>Who gains, who pays (mean, 90% interval)</source>
        <translation>Quién gana, quién paga (media, intervalo del 90%)</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::NetValueChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="217"/>
        <source>Net value</source>
        <translation>Valor neto</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="218"/>
        <source>Share of draws (%)</source>
        <translation>Proporción de extracciones (%)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="232"/>
        <source>Net social value against the status quo (%1, discounted)</source>
        <translation>Valor social neto frente al statu quo (%1, descontado)</translation>
    </message>
    <message>
        <source>%1: P(net benefit &gt; 0) = %2%</source>
        <translation type="vanished">%1: P(beneficio neto &gt; 0) = %2%</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="255"/>
        <source>%1: P(net benefit &gt; 0) = %2</source>
        <translation>%1: P(beneficio neto &gt; 0) = %2</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="260"/>
        <source> (off the chart: %1 of draws below, %2 above)</source>
        <translation> (fuera del gráfico: %1 de las simulaciones por debajo, %2 por encima)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="275"/>
        <source>%1 has a net benefit in %2 of draws</source>
        <translation>%1 tiene un beneficio neto en el %2 de las extracciones</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="279"/>
        <source>%1 beats %2 in %3</source>
        <translation>%1 supera a %2 en el %3</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="282"/>
        <source>Net social value over %1 draws</source>
        <translation>Valor social neto en %1 extracciones</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::ProbabilityBestChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="172"/>
        <location filename="../src/charts/decisioncharts.cpp" line="203"/>
        <source>Which option is best, and how sure</source>
        <translation>Qué opción es la mejor, y con qué certeza</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="174"/>
        <source>Not computed yet.</source>
        <translation>Aún no se ha calculado.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="186"/>
        <source>%1
P(best) %2 ± %3 (Monte Carlo standard error)
Expected net value %4; expected loss if chosen %5</source>
        <translation>%1
P(mejor) %2 ± %3 (error estándar de Monte Carlo)
Valor neto esperado %4; pérdida esperada si se elige %5</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="200"/>
        <source>Probability of being the best option (%)</source>
        <translation>Probabilidad de ser la mejor opción (%)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="201"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="204"/>
        <source>The share of the draws in which each option has the highest net value; error bars ±1.96 Monte Carlo standard errors. Highest expected net value: %1, best in %2 of the draws.</source>
        <translation>La proporción de extracciones en que cada opción tiene el mayor valor neto; barras de error ±1,96 errores estándar de Monte Carlo. Mayor valor neto esperado: %1, la mejor en el %2 de las extracciones.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::RegionMapChart</name>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="51"/>
        <location filename="../src/charts/regionmapchart.cpp" line="64"/>
        <location filename="../src/charts/regionmapchart.cpp" line="108"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="52"/>
        <source>US states coloured by net value per resident</source>
        <translation>Estados de EE. UU. coloreados según el valor neto por habitante</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="64"/>
        <location filename="../src/charts/regionmapchart.cpp" line="108"/>
        <source>Not computed yet.</source>
        <translation>Aún no se ha calculado.</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="98"/>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="99"/>
        <source>%1: net value per resident %2</source>
        <translation>%1: valor neto por habitante %2</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="151"/>
        <source>Gains per resident (deeper = larger)</source>
        <translation>Ganancias por habitante (más intenso = mayor)</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="152"/>
        <source>Losses per resident</source>
        <translation>Pérdidas por habitante</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="153"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="159"/>
        <source>Net social value per resident of %1 applied in each region. Highest: %2 (%3); lowest: %4 (%5).</source>
        <translation>Valor social neto por habitante al aplicar %1 en cada región. Máximo: %2 (%3); mínimo: %4 (%5).</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="167"/>
        <source>Off the map: %1.</source>
        <translation>Fuera del mapa: %1.</translation>
    </message>
    <message>
        <location filename="../src/charts/regionmapchart.cpp" line="169"/>
        <source>%1 in every region, per resident</source>
        <translation>%1 en cada región, por habitante</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::TimeSeriesChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="62"/>
        <source>Over time</source>
        <translation>Evolución en el tiempo</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="63"/>
        <location filename="../src/charts/analysischarts.cpp" line="115"/>
        <source>Years from today</source>
        <translation>Años a partir de hoy</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="92"/>
        <source>%1: 90% interval</source>
        <translation>%1: intervalo del 90%</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="103"/>
        <source>%1: mean</source>
        <translation>%1: media</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="109"/>
        <source>Observed, %1–%2 (published)</source>
        <translation>Observado, %1–%2 (publicado)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="113"/>
        <source>Years from %1</source>
        <translation>Años desde %1</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="134"/>
        <source>%1 averts about %2 a year (90% interval %3 to %4)</source>
        <translation>%1 evita unos %2 al año (intervalo del 90%: de %3 a %4)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="137"/>
        <source>%1 changes it by %2 (90% interval %3 to %4)</source>
        <translation>%1 lo cambia en %2 (intervalo del 90%: de %3 a %4)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="142"/>
        <source>In year %1, against the status quo&apos;s %2: %3.</source>
        <translation>En el año %1, frente a %2 del statu quo: %3.</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::TornadoChart</name>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="289"/>
        <source>Tornado</source>
        <translation>Diagrama de tornado</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="299"/>
        <source>Tornado: computing…</source>
        <translation>Diagrama de tornado: calculando…</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="312"/>
        <source>parameter at its 5th percentile</source>
        <translation>parámetro en su percentil 5</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="313"/>
        <source>parameter at its 95th percentile</source>
        <translation>parámetro en su percentil 95</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="336"/>
        <source>Net value against the status quo (%1)</source>
        <translation>Valor neto frente al statu quo (%1)</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="352"/>
        <source>%1 moves it most: %2 with it at its 5th percentile, %3 at its 95th; every other parameter at its central value.</source>
        <translation>%1 es el parámetro que más influye: %2 en su percentil 5, %3 en su percentil 95; los demás parámetros, en su valor central.</translation>
    </message>
    <message>
        <location filename="../src/charts/analysischarts.cpp" line="357"/>
        <source>What drives the net value of %1 (central: %2)</source>
        <translation>Qué determina el valor neto de %1 (central: %2)</translation>
    </message>
</context>
<context>
    <name>leastbad::charts::WaterfallChart</name>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="106"/>
        <source>Why: the net value by mechanism</source>
        <translation>Por qué: el valor neto por mecanismo</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="108"/>
        <source>Not computed yet.</source>
        <translation>Aún no se ha calculado.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="137"/>
        <source>%1
Adds %2 to the net value; running total %3.</source>
        <translation>%1
Añade %2 al valor neto; total acumulado %3.</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="149"/>
        <source>%1: net value %2</source>
        <translation>%1: valor neto %2</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="151"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="152"/>
        <source>Raises the net value</source>
        <translation>Aumenta el valor neto</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="153"/>
        <source>Lowers the net value</source>
        <translation>Reduce el valor neto</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="154"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="161"/>
        <source>Net social value against the status quo
(%1, discounted)</source>
        <translation>Valor social neto frente al statu quo
(%1, descontado)</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="162"/>
        <source>Mechanism, switched on one at a time</source>
        <translation>Mecanismo, activados uno a uno</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="163"/>
        <source>Why %1 has its net value</source>
        <translation>Por qué %1 tiene su valor neto</translation>
    </message>
    <message>
        <location filename="../src/charts/decisioncharts.cpp" line="164"/>
        <source>Each bar is what one mechanism adds, with those before it already on; the last bar is the total, %1 (the mean over the draws).</source>
        <translation>Cada barra es lo que añade un mecanismo, con los anteriores ya activos; la última barra es el total, %1 (la media de las extracciones).</translation>
    </message>
</context>
<context>
    <name>leastbad::cli</name>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="40"/>
        <source>--%1: expected a number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: se esperaba un número de %2 a %3, pero se recibió &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="278"/>
        <source>The command.</source>
        <translation>El comando.</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="333"/>
        <source>interrupted; nothing was written</source>
        <translation>interrumpido; no se escribió nada</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="130"/>
        <source>%1: %2 draws (seed %3), %4 years, discount rate %5%, %6 per wellbeing-year, %7 per life-year, weights: incarcerated %8, victims %9, families %10</source>
        <translation>%1: %2 extracciones (semilla %3), %4 años, tasa de descuento %5%, %6 por año de bienestar, %7 por año de vida, pesos: personas presas %8, víctimas %9, familias %10</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="145"/>
        <source>Against the status quo; totals over the horizon, money discounted; mean (90% interval).</source>
        <translation>Frente al statu quo; totales en todo el horizonte, importes descontados; media (intervalo del 90%).</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="167"/>
        <source>net social value</source>
        <translation>valor social neto</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="171"/>
        <source>Monte Carlo standard error</source>
        <translation>Error estándar de Monte Carlo</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="173"/>
        <source>mean %1, 5th %2, 95th percentile %3</source>
        <translation>media %1, percentil 5 %2, percentil 95 %3</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="177"/>
        <source>P(net benefit &gt; 0)</source>
        <translation>P(beneficio neto &gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="183"/>
        <source>without incarceration life-years</source>
        <translation>sin los años de vida del encarcelamiento</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="184"/>
        <source>with incarceration life-years</source>
        <translation>con los años de vida del encarcelamiento</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="191"/>
        <source>taxpayers</source>
        <translation>contribuyentes</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="192"/>
        <source>victims</source>
        <translation>víctimas</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="193"/>
        <source>incarcerated people and families</source>
        <translation>personas presas y sus familias</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="195"/>
        <source>commissary vendors</source>
        <translation>proveedores del economato</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="226"/>
        <source>P(first beats second) on net social value:</source>
        <translation>P(la primera supera a la segunda) en valor social neto:</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="233"/>
        <source> vs </source>
        <translation> frente a </translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="236"/>
        <source> (ties %1)</source>
        <translation> (empates %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="315"/>
        <source>Compare policies with the status quo and with each other under uncertainty: net social value by ledger, P(net benefit &gt; 0) and P(A beats B), on common random numbers.</source>
        <translation>Compara políticas con el statu quo y entre sí bajo incertidumbre: valor social neto por cuenta, P(beneficio neto &gt; 0) y P(A supera a B), con números aleatorios comunes.</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="323"/>
        <source>With --format json: add every draw (parameters and each policy&apos;s totals).</source>
        <translation>Con --format json: incluye cada extracción (parámetros y totales de cada política).</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="367"/>
        <source>--policy: give at least one policy file to compare with the status quo</source>
        <translation>--policy: indique al menos un archivo de política para comparar con el statu quo</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="246"/>
        <location filename="../src/cli/simulatecommand.cpp" line="46"/>
        <source>Status quo</source>
        <translation>Statu quo</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="250"/>
        <source>Policy %1</source>
        <translation>Política %1</translation>
    </message>
    <message>
        <location filename="../src/cli/comparecommand.cpp" line="376"/>
        <location filename="../src/cli/regionscommand.cpp" line="45"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="50"/>
        <location filename="../src/cli/voicommand.cpp" line="149"/>
        <source>simulating</source>
        <translation>simulando</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="103"/>
        <source>no observations</source>
        <translation>sin observaciones</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="104"/>
        <source>mean absolute error %1, %2 of %3 years inside the 90% interval</source>
        <translation>error absoluto medio %1, %2 de %3 años dentro del intervalo del 90%</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="117"/>
        <source>%1: backcast from %2 (the start year as the model&apos;s status quo), driven by the observed %3; median (90% interval)</source>
        <translation>%1: retroproyección desde %2 (el año inicial como statu quo del modelo), guiada por %3 observado; mediana (intervalo del 90%)</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="123"/>
        <source>prisoners seen</source>
        <translation>reclusos observados</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="123"/>
        <location filename="../src/cli/backcastcommand.cpp" line="124"/>
        <source>predicted</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="124"/>
        <source>crimes/100k seen</source>
        <translation>delitos/100k observados</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="130"/>
        <location filename="../src/cli/backcastcommand.cpp" line="132"/>
        <location filename="../src/cli/validatecommand.cpp" line="141"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="135"/>
        <source>Prison population: %1.</source>
        <translation>Población penitenciaria: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="136"/>
        <source>Crimes per 100,000: %1.</source>
        <translation>Delitos por 100.000: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="184"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="184"/>
        <source>prison error</source>
        <translation>error prisión</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="185"/>
        <source>prison in 90%</source>
        <translation>prisión en 90%</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="185"/>
        <source>crime error</source>
        <translation>error delito</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="186"/>
        <source>crime in 90%</source>
        <translation>delito en 90%</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="196"/>
        <source>%1 regions. Prison population: median error %2, worst %3 (%4). Crimes per 100,000: median error %5, worst %6 (%7).</source>
        <translation>%1 regiones. Población penitenciaria: error mediano %2, peor %3 (%4). Delitos por 100.000: error mediano %5, peor %6 (%7).</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="203"/>
        <source>Without enough history: %1.</source>
        <translation>Sin historia suficiente: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="285"/>
        <source>Starts a region in a past year, drives it with the new prison admissions it actually had, and prints the predicted prison population and crime beside the observed ones, year by year, with the mean absolute percentage error and the share of years inside the model&apos;s 90% interval.</source>
        <translation>Inicia una región en un año pasado, la guía con los nuevos ingresos en prisión que tuvo realmente y muestra la población penitenciaria y los delitos previstos junto a los observados, año a año, con el error porcentual absoluto medio y la proporción de años dentro del intervalo del 90% del modelo.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="290"/>
        <source>Start year (default: 2000).</source>
        <translation>Año inicial (por defecto: 2000).</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="291"/>
        <location filename="../src/cli/backcastcommand.cpp" line="292"/>
        <source>YEAR</source>
        <translation>AÑO</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="292"/>
        <source>Last year (default: 2019).</source>
        <translation>Último año (por defecto: 2019).</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="296"/>
        <source>Backcast every state with enough history and print the errors of each.</source>
        <translation>Retroproyecta cada estado con historia suficiente y muestra los errores de cada uno.</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="304"/>
        <source>--year: use --from and --to</source>
        <translation>--year: use --from y --to</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="309"/>
        <source>--from and --to: expected years from 1900 to 2100</source>
        <translation>--from y --to: se esperaban años de 1900 a 2100</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="312"/>
        <source>--format markdown: only with --all-states</source>
        <translation>--format markdown: solo con --all-states</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="324"/>
        <location filename="../src/cli/backcastcommand.cpp" line="343"/>
        <location filename="../src/cli/comparecommand.cpp" line="411"/>
        <location filename="../src/cli/diagnosticscommand.cpp" line="139"/>
        <location filename="../src/cli/frontiercommand.cpp" line="142"/>
        <location filename="../src/cli/regionscommand.cpp" line="75"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="88"/>
        <location filename="../src/cli/simulatecommand.cpp" line="63"/>
        <location filename="../src/cli/validatecommand.cpp" line="276"/>
        <location filename="../src/cli/voicommand.cpp" line="173"/>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>Usage:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset export [DB] --to DIR
DB is a .sqlite dataset; left out, the embedded default dataset is meant. An import takes
regions.csv, sources.csv and parameter_overrides.csv from the folder of VALUES.csv unless
named; it is all or nothing, and the target is unchanged if any row has a problem.
</source>
        <translation type="vanished">Uso:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset export [DB] --to DIR
DB es un conjunto de datos .sqlite; si se omite, se usa el conjunto de datos predeterminado
integrado. Una importación toma regions.csv, sources.csv y parameter_overrides.csv de la carpeta
de VALUES.csv, salvo que se indiquen otros; es todo o nada: el destino no cambia si alguna fila
tiene un problema.
</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="26"/>
        <source>Usage:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION [--year YEAR]
  leastbad-cli dataset history [DB] REGION [METRIC...] [--format table|csv|json]
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset coverage [DB]   (the Markdown of docs/DATASETS.md&apos;s coverage)
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset import --from vera incarceration_trends_county.csv --into DB
  leastbad-cli dataset export [DB] --to DIR
DB is a .sqlite dataset; left out, the embedded default dataset is meant. An import takes
regions.csv, sources.csv and parameter_overrides.csv from the folder of VALUES.csv unless
named; it is all or nothing, and the target is unchanged if any row has a problem.
</source>
        <translation>Uso:
  leastbad-cli dataset list [DB]
  leastbad-cli dataset show [DB] REGION [--year YEAR]
  leastbad-cli dataset history [DB] REGION [METRIC...] [--format table|csv|json]
  leastbad-cli dataset validate FILE.csv|FILE.sqlite
  leastbad-cli dataset coverage [DB]   (el Markdown de la cobertura de docs/DATASETS.md)
  leastbad-cli dataset import VALUES.csv --into DB [--sources F] [--regions F] [--overrides F]
  leastbad-cli dataset import --from vera incarceration_trends_county.csv --into DB
  leastbad-cli dataset export [DB] --to DIR
DB es un conjunto de datos .sqlite; si se omite, se usa el conjunto de datos predeterminado
integrado. Una importación toma regions.csv, sources.csv y parameter_overrides.csv de la carpeta
de VALUES.csv, salvo que se indiquen otros; es todo o nada: el destino no cambia si alguna fila
tiene un problema.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/datasetcommand.cpp" line="49"/>
        <source>%n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%n problema; no se escribió nada.</numerusform>
            <numerusform>%n problemas; no se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="59"/>
        <source>own</source>
        <translation>propio</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="61"/>
        <source>fallback: %1</source>
        <translation>valor de respaldo: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="64"/>
        <source>assumption: %1 value</source>
        <translation>supuesto: valor de %1</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="67"/>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="78"/>
        <source>%1: %2 regions, %3 values, %4 sources (schema version %5)</source>
        <translation>%1: %2 regiones, %3 valores, %4 fuentes (versión de esquema %5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/datasetcommand.cpp" line="89"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="117"/>
        <source>), data year %1, money in %2 US dollars</source>
        <translation>), año de los datos %1, importes en dólares estadounidenses de %2</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="120"/>
        <source>, as of %1 (each input&apos;s latest value at or before it)</source>
        <translation>, a fecha de %1 (el último valor de cada dato en ese año o antes)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="127"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="135"/>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="136"/>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="137"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../src/cli/backcastcommand.cpp" line="123"/>
        <location filename="../src/cli/datasetcommand.cpp" line="138"/>
        <location filename="../src/cli/datasethistory.cpp" line="113"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="139"/>
        <source>model value</source>
        <translation>valor (modelo)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="140"/>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="141"/>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="142"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="150"/>
        <source>Published figures the model does not take as inputs:</source>
        <translation>Cifras publicadas que el modelo no usa como datos de entrada:</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="159"/>
        <source>* no value at or before %1: the earliest value is used, a later year&apos;s</source>
        <translation>* no hay valor en %1 ni antes: se usa el valor más antiguo, de un año posterior</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="178"/>
        <source>%1: valid (%2 values, %3 regions, %4 sources)</source>
        <translation>%1: válido (%2 valores, %3 regiones, %4 fuentes)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="196"/>
        <source>%1: valid (%2 regions, %3 values)</source>
        <translation>%1: válido (%2 regiones, %3 valores)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="261"/>
        <source>Dataset file to import into (created if missing).</source>
        <translation>Archivo del conjunto de datos en el que importar (se crea si no existe).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="263"/>
        <location filename="../src/cli/exportcommand.cpp" line="105"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="266"/>
        <source>Folder to export the CSV files to.</source>
        <translation>Carpeta a la que exportar los archivos CSV.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="267"/>
        <location filename="../src/cli/validatecommand.cpp" line="235"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="270"/>
        <source>Sources CSV for an import.</source>
        <translation>CSV de fuentes para una importación.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="271"/>
        <location filename="../src/cli/datasetcommand.cpp" line="275"/>
        <location filename="../src/cli/datasetcommand.cpp" line="279"/>
        <location filename="../src/cli/exportcommand.cpp" line="71"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="274"/>
        <source>Regions CSV for an import.</source>
        <translation>CSV de regiones para una importación.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="278"/>
        <source>Parameter overrides CSV for an import.</source>
        <translation>CSV de valores de parámetros específicos de cada región para una importación.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="282"/>
        <source>history: table, csv or json (default: table).</source>
        <translation>history: table, csv o json (predeterminado: table).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="287"/>
        <source>import: the file&apos;s layout, csv (LeastBad&apos;s values.csv, the default) or vera (the Vera Institute&apos;s Incarceration Trends county file).</source>
        <translation>import: el formato del archivo, csv (values.csv de LeastBad, el predeterminado) o vera (el archivo de condados de Incarceration Trends del Vera Institute).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="291"/>
        <source>LAYOUT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="295"/>
        <source>list, show, history, coverage, validate, import or export.</source>
        <translation>list, show, history, coverage, validate, import o export.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="327"/>
        <source>--format: expected table, csv or json, got &quot;%1&quot;</source>
        <translation>--format: se esperaba table, csv o json, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list, show, validate, import or export.</source>
        <translation type="vanished">list, show, validate, import o export.</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="214"/>
        <source>import: --into: name the dataset file to import into</source>
        <translation>import: --into: indique el archivo del conjunto de datos en el que importar</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="220"/>
        <source>imported %1 values for %2 counties from %3 into %4</source>
        <translation>importados %1 valores de %2 condados de %3 en %4</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="230"/>
        <source>--from: expected csv or vera, got &quot;%1&quot;</source>
        <translation>--from: se esperaba csv o vera, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="243"/>
        <source>imported %1 values, %2 regions and %3 sources into %4</source>
        <translation>se importaron %1 valores, %2 regiones y %3 fuentes en %4</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="352"/>
        <source>export: --to: name the folder to write the CSV files to</source>
        <translation>export: --to: indique la carpeta en la que escribir los archivos CSV</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="361"/>
        <source>exported %1 to %2</source>
        <translation>se exportó %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="366"/>
        <source>unknown or incomplete subcommand &quot;%1&quot;
</source>
        <translation>subcomando desconocido o incompleto &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="25"/>
        <source>no sampled policy met the budget cap</source>
        <translation>ninguna de las políticas muestreadas respetó el límite presupuestario</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="29"/>
        <source>net social value: </source>
        <translation>valor social neto: </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="30"/>
        <location filename="../src/cli/regionscommand.cpp" line="70"/>
        <source>, P(&gt; 0) </source>
        <translation>, P(&gt; 0) </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="32"/>
        <source>extra taxpayer cost (discounted): </source>
        <translation>costo adicional para los contribuyentes (descontado): </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="34"/>
        <source>levers changed from the status quo:</source>
        <translation>palancas cambiadas respecto al statu quo:</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="50"/>
        <source>Sweep the policy space (Sobol points over every lever), keep the policies no other beats on victimisations, wellbeing-years, life-years and taxpayer cost, and find the policy with the highest expected net value under a budget cap.</source>
        <translation>Recorre el espacio de políticas (puntos de Sobol sobre todas las palancas), conserva las políticas que ninguna otra supera en victimizaciones, años de bienestar, años de vida y costo para los contribuyentes, y encuentra la política con el mayor valor neto esperado dentro de un límite presupuestario.</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="59"/>
        <source>Candidate policies (default: 2000).</source>
        <translation>Políticas candidatas (por defecto: 2000).</translation>
    </message>
    <message>
        <location filename="../src/cli/commonoptions.cpp" line="38"/>
        <location filename="../src/cli/exportcommand.cpp" line="39"/>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: se esperaba un número entero de %2 a %3, pero se recibió &quot;%4&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="58"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="167"/>
        <source>Export a scenario&apos;s charts, its one-page report and its results, drawn as in the app.
  One chart:   --chart NAME --format png|svg|pdf|csv --out FILE
  The report:  --report --out FILE.pdf
  Results:     --results json|csv|yearly --out FILE [--raw]
  Everything:  --all --out FOLDER
Charts: %1. Sizes: slide (1920x1080), social (1200x675), square (1080x1080), a4, letter, or WIDTHxHEIGHT.</source>
        <translation>Exporta los gráficos, el informe de una página y los resultados de un escenario, dibujados como en la aplicación.
  Un gráfico:   --chart NOMBRE --format png|svg|pdf|csv --out ARCHIVO
  El informe:   --report --out ARCHIVO.pdf
  Resultados:   --results json|csv|yearly --out ARCHIVO [--raw]
  Todo:         --all --out CARPETA
Gráficos: %1. Tamaños: slide (1920x1080), social (1200x675), square (1080x1080), a4, letter o WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="71"/>
        <source>The scenario (.leastbad) to export.</source>
        <translation>El escenario (.leastbad) que exportar.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="72"/>
        <source>The chart to export.</source>
        <translation>El gráfico que exportar.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="72"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="73"/>
        <source>Every chart, the report and the results, into the folder --out.</source>
        <translation>Todos los gráficos, el informe y los resultados, en la carpeta --out.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="74"/>
        <source>The one-page PDF report.</source>
        <translation>El informe en PDF de una página.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="76"/>
        <source>The results: json (the whole result), csv (against the status quo) or yearly (every output, every year, with percentile columns).</source>
        <translation>Los resultados: json (el resultado completo), csv (frente al statu quo) o yearly (todos los resultados, cada año, con columnas de percentiles).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="79"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="81"/>
        <source>png, svg, pdf or csv (the chart&apos;s data); with --all a comma-separated list (default: from the file name&apos;s extension; with --all png,svg,pdf,csv).</source>
        <translation>png, svg, pdf o csv (los datos del gráfico); con --all, una lista separada por comas (por defecto: según la extensión del nombre de archivo; con --all, png,svg,pdf,csv).</translation>
    </message>
    <message>
        <location filename="../src/cli/datasetcommand.cpp" line="284"/>
        <location filename="../src/cli/exportcommand.cpp" line="84"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="85"/>
        <source>Image size: a preset or WIDTHxHEIGHT (default: slide).</source>
        <translation>Tamaño de la imagen: un valor predefinido o WIDTHxHEIGHT (por defecto: slide).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="85"/>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="87"/>
        <source>PNG pixel scale: 1, 2 or 3 (default: 1).</source>
        <translation>Escala de píxeles del PNG: 1, 2 o 3 (por defecto: 1).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="87"/>
        <location filename="../src/cli/exportcommand.cpp" line="98"/>
        <location filename="../src/cli/frontiercommand.cpp" line="60"/>
        <location filename="../src/cli/simulatecommand.cpp" line="23"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="90"/>
        <source>The chart&apos;s title (default: written from the numbers).</source>
        <translation>El título del gráfico (por defecto: redactado a partir de las cifras).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="90"/>
        <location filename="../src/cli/exportcommand.cpp" line="92"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="91"/>
        <source>The chart&apos;s subtitle (default: written from the numbers).</source>
        <translation>El subtítulo del gráfico (por defecto: redactado a partir de las cifras).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="94"/>
        <source>The output the over-time chart shows (default: prison_population; the keys are the columns of leastbad-cli simulate --format csv).</source>
        <translation>El resultado que muestra el gráfico over-time (por defecto: prison_population; las claves son las columnas de leastbad-cli simulate --format csv).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="96"/>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="97"/>
        <source>With --results json or --all: every draw too.</source>
        <translation>Con --results json o --all: también cada extracción.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="98"/>
        <source>Policies the frontier samples (default: 5000).</source>
        <translation>Políticas que se muestrean para la frontera (por defecto: 5000).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="100"/>
        <source>The file, or with --all the folder, to write.</source>
        <translation>El archivo que escribir o, con --all, la carpeta.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="100"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="103"/>
        <source>The dataset (.sqlite) of a scenario that names one (default: the embedded default dataset; the path inside a scenario is never opened).</source>
        <translation>El conjunto de datos (.sqlite) de un escenario que nombra uno (por defecto: el conjunto integrado; la ruta dentro de un escenario nunca se abre).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="185"/>
        <source>give exactly one of --chart, --report, --results and --all</source>
        <translation>indique exactamente una de estas opciones: --chart, --report, --results o --all</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="187"/>
        <source>--scenario: give the scenario file to export</source>
        <translation>--scenario: indique el archivo de escenario que exportar</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="189"/>
        <source>--out: give the file (or with --all, the folder) to write</source>
        <translation>--out: indique el archivo (o, con --all, la carpeta) que escribir</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="195"/>
        <source>--chart: unknown chart &quot;%1&quot;; expected one of %2</source>
        <translation>--chart: gráfico desconocido &quot;%1&quot;; se esperaba uno de %2</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="203"/>
        <source>--results: expected json, csv or yearly, got &quot;%1&quot;</source>
        <translation>--results: se esperaba json, csv o yearly, pero se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="216"/>
        <source>--output: unknown output &quot;%1&quot;; the keys are the columns of leastbad-cli simulate --format csv</source>
        <translation>--output: resultado desconocido &quot;%1&quot;; las claves son las columnas de leastbad-cli simulate --format csv</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="127"/>
        <source>--format: expected png, svg, pdf or csv, got &quot;%1&quot;</source>
        <translation>--format: se esperaba png, svg, pdf o csv, pero se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="131"/>
        <source>--format: give one format for one chart</source>
        <translation>--format: indique un solo formato para un solo gráfico</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="224"/>
        <source>--out: %1 is not an existing folder</source>
        <translation>--out: %1 no es una carpeta existente</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="256"/>
        <source>computing</source>
        <translation>calculando</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="261"/>
        <source>the computation was cancelled</source>
        <translation>se canceló el cálculo</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="150"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommand.cpp" line="153"/>
        <source>skipped %1</source>
        <translation>se omitió %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/exportcommand.cpp" line="154"/>
        <source>Wrote %n file(s) into %1</source>
        <translation>
            <numerusform>Se escribió %n archivo en %1</numerusform>
            <numerusform>Se escribieron %n archivos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="63"/>
        <source>Most a policy may add to taxpayers&apos; discounted cost, in USD, or &quot;none&quot; (default: 0, no more than today&apos;s budget).</source>
        <translation>Máximo que una política puede añadir al costo descontado para los contribuyentes, en USD, o &quot;none&quot; (por defecto: 0, no más que el presupuesto actual).</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="67"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="78"/>
        <source>--samples: expected a whole number from 1 to 1000000, got &quot;%1&quot;</source>
        <translation>--samples: se esperaba un número entero de 1 a 1000000, pero se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="86"/>
        <source>--budget-cap: expected an amount in USD or &quot;none&quot;, got &quot;%1&quot;</source>
        <translation>--budget-cap: se esperaba un importe en USD o &quot;none&quot;, pero se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="101"/>
        <source>exploring %1 policies</source>
        <translation>explorando %1 políticas</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="116"/>
        <source>%1: %2 policies on %3 draws each; %4 are on the frontier (no other policy is better on all of victimisations, wellbeing-years, life-years and taxpayer cost).</source>
        <translation>%1: %2 políticas con %3 extracciones cada una; %4 están en la frontera de Pareto (ninguna otra política es mejor a la vez en victimizaciones, años de bienestar, años de vida y costo para los contribuyentes).</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="129"/>
        <source>Least bad policy within the budget cap (%1 extra):</source>
        <translation>Política menos mala dentro del límite presupuestario (%1 adicionales):</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="132"/>
        <source>Least bad policy (no budget cap):</source>
        <translation>Política menos mala (sin límite presupuestario):</translation>
    </message>
    <message>
        <location filename="../src/cli/frontiercommand.cpp" line="136"/>
        <source>Least bad policy with no budget cap:</source>
        <translation>Política menos mala sin límite presupuestario:</translation>
    </message>
    <message>
        <source>Apply one policy file to every region of the dataset and rank the regions by net value per resident. Relative lever values ({&quot;times&quot;: x}, {&quot;plus&quot;: x}) are resolved for each region.</source>
        <translation type="vanished">Aplica un archivo de política a cada región del conjunto de datos y ordena las regiones por valor neto por habitante. Los valores relativos de las palancas ({&quot;times&quot;: x}, {&quot;plus&quot;: x}) se calculan para cada región.</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="31"/>
        <location filename="../src/cli/sensitivitycommand.cpp" line="36"/>
        <source>--policy: give exactly one policy file</source>
        <translation>--policy: indique exactamente un archivo de política</translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <translation type="vanished">%1 (región %2)</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="20"/>
        <source>Apply one policy file to every region of the dataset and rank the regions by net value per resident. The policy is read against the reference region and carried to each region as a change from that region&apos;s own status quo, as the app&apos;s Regions tab does.</source>
        <translation>Aplica un archivo de política a cada región del conjunto de datos y ordena las regiones por valor neto por residente. La política se lee respecto a la región de referencia y se traslada a cada región como un cambio respecto a su propio statu quo, como hace la pestaña Regiones de la aplicación.</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="58"/>
        <source>%1, applied to each region (net social value against its status quo, %2 draws):</source>
        <translation>%1, aplicada a cada región (valor social neto frente a su propio statu quo, %2 extracciones):</translation>
    </message>
    <message>
        <location filename="../src/cli/regionscommand.cpp" line="68"/>
        <source> per resident; total </source>
        <translation> por habitante; total </translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="20"/>
        <source>Which parameters drive a policy&apos;s net value: a tornado (each parameter at its 5th and 95th percentile, the others central) and rank correlations over the Monte Carlo draws.</source>
        <translation>Qué parámetros determinan el valor neto de una política: un diagrama de tornado (cada parámetro en sus percentiles 5 y 95, los demás en su valor central) y correlaciones de rangos sobre las extracciones de Monte Carlo.</translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="64"/>
        <source>%1 vs status quo: net social value at central parameters %2</source>
        <translation>%1 frente al statu quo: valor social neto con parámetros centrales %2</translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="68"/>
        <source>Tornado (net value with one parameter at its 5th / 95th percentile):</source>
        <translation>Diagrama de tornado (valor neto con un parámetro en su percentil 5 / 95):</translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="75"/>
        <source>   swing </source>
        <translation>   amplitud </translation>
    </message>
    <message>
        <location filename="../src/cli/sensitivitycommand.cpp" line="78"/>
        <source>Rank correlation with net value over %1 draws:</source>
        <translation>Correlación de rangos con el valor neto en %1 extracciones:</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="16"/>
        <source>Simulate one policy year by year and print the outputs.</source>
        <translation>Simula una política año a año y muestra los resultados.</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="21"/>
        <source>Years to simulate, 1 to %1 (default: 20).</source>
        <translation>Años que simular, de 1 a %1 (por defecto: 20).</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="34"/>
        <source>--years: expected a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--years: se esperaba un número entero de 1 a %1, pero se recibió &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="40"/>
        <source>--policy: simulate takes one policy (use compare for several)</source>
        <translation>--policy: simulate admite una sola política (use compare para varias)</translation>
    </message>
    <message>
        <source> to </source>
        <translation type="vanished"> a </translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="35"/>
        <source>%1: no region &quot;%2&quot; (leastbad-cli dataset list shows the codes)</source>
        <translation>%1: no hay ninguna región &quot;%2&quot; (leastbad-cli dataset list muestra los códigos)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="41"/>
        <source>unknown metric &quot;%1&quot; (docs/DATASETS.md lists them)</source>
        <translation>métrica desconocida &quot;%1&quot; (docs/DATASETS.md las enumera)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="124"/>
        <source>%1 (%2): published values by year; the region&apos;s own figures only, each with its source id</source>
        <translation>%1 (%2): valores publicados por año; solo las cifras propias de la región, cada una con el id de su fuente</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="129"/>
        <source>(no values)</source>
        <translation>(sin valores)</translation>
    </message>
    <message>
        <location filename="../src/cli/datasethistory.cpp" line="141"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location filename="../src/cli/textformat.cpp" line="12"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="53"/>
        <source>Per-unit effects of the model for a region, each with its Monte Carlo mean, median and 90% interval and the literature value beside it: crimes averted per marginal prisoner-year, the elasticity of crime to the prison population, homicides abated per officer, the pretrial trade-off, life-years per prisoner-year and costs per crime averted.</source>
        <translation>Efectos por unidad del modelo para una región, cada uno con su media de Monte Carlo, mediana e intervalo del 90% y el valor de la literatura al lado: delitos evitados por año-preso marginal, la elasticidad del delito respecto a la población penitenciaria, homicidios evitados por agente, el balance de la prisión preventiva, años de vida por año-preso y costos por delito evitado.</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="67"/>
        <source>--policy: give at most one policy file</source>
        <translation>--policy: indique como máximo un archivo de política</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="77"/>
        <source>diagnosing</source>
        <translation>diagnosticando</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="110"/>
        <source>%1: per-unit effects over %2 draws (seed %3); mean, median (90% interval)</source>
        <translation>%1: efectos por unidad en %2 extracciones (semilla %3); media, mediana (intervalo del 90%)</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="124"/>
        <source>model: %1, median %2 (%3 to %4) %5</source>
        <translation>modelo: %1, mediana %2 (%3 a %4) %5</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosticscommand.cpp" line="132"/>
        <source>literature: %1 (%2)</source>
        <translation>literatura: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="59"/>
        <source>never in %1 to %2</source>
        <translation>nunca entre %1 y %2</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="69"/>
        <source>%1: %2 draws (seed %3), %4 years; the decision among the status quo and %5 policies under your weights.</source>
        <translation>%1: %2 extracciones (semilla %3), %4 años; la decisión entre el statu quo y %5 políticas con sus ponderaciones.</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="77"/>
        <source>option</source>
        <translation>opción</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="77"/>
        <source>expected net value</source>
        <translation>valor neto esperado</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="78"/>
        <source>P(best)</source>
        <translation>P(mejor)</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="78"/>
        <source>expected loss</source>
        <translation>pérdida esperada</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="87"/>
        <source>Expected value of perfect information (EVPI): %1</source>
        <translation>Valor esperado de la información perfecta (EVPI): %1</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="90"/>
        <source>EVPPI by group of parameters (value, jackknife standard error, share of EVPI):</source>
        <translation>EVPPI por grupo de parámetros (valor, error estándar jackknife, parte del EVPI):</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="93"/>
        <source>EVPPI by parameter (the %1 largest):</source>
        <translation>EVPPI por parámetro (los %1 mayores):</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="95"/>
        <source>P(best) by the value of a wellbeing-year:</source>
        <translation>P(mejor) según el valor de un año de bienestar:</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="107"/>
        <source>Break-even against the status quo (where the expected net value changes sign):</source>
        <translation>Punto de equilibrio frente al statu quo (donde el valor neto esperado cambia de signo):</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="124"/>
        <source>Which uncertainty is worth resolving before deciding: P(best) and the expected loss of each option, the expected value of perfect information (EVPI) and of partial perfect information about each parameter and group (EVPPI), the acceptability curve and break-even values.</source>
        <translation>Qué incertidumbre vale la pena resolver antes de decidir: P(mejor) y la pérdida esperada de cada opción, el valor esperado de la información perfecta (EVPI) y de la información perfecta parcial sobre cada parámetro y grupo (EVPPI), la curva de aceptabilidad y los puntos de equilibrio.</translation>
    </message>
    <message>
        <location filename="../src/cli/voicommand.cpp" line="138"/>
        <source>--policy: give at least one policy file to decide on</source>
        <translation>--policy: indique al menos un archivo de política sobre el que decidir</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="42"/>
        <source>reproduced</source>
        <translation>reproducido</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="44"/>
        <source>not reproduced</source>
        <translation>no reproducido</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="46"/>
        <source>no model quantity in this unit</source>
        <translation>el modelo no tiene una magnitud en esta unidad</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="48"/>
        <source>not defined in any draw</source>
        <translation>no definido en ninguna extracción</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="147"/>
        <source>Validation: %1 cases, %2 draws (seed %3). Published estimate (range), model median (90% interval).</source>
        <translation>Validación: %1 casos, %2 extracciones (semilla %3). Estimación publicada (rango), mediana del modelo (intervalo del 90%).</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="159"/>
        <source>published: %1</source>
        <translation>publicado: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="161"/>
        <source>model: %1</source>
        <translation>modelo: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="161"/>
        <source>model: —</source>
        <translation>modelo: —</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="163"/>
        <source> (used for calibration: not counted)</source>
        <translation> (usado para calibrar: no cuenta)</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="168"/>
        <source>Coverage: %1 of %2 cases not used for calibration reproduced (%3); cases used for calibration: %4 of %5 reproduced.</source>
        <translation>Cobertura: %1 de %2 casos no usados para calibrar reproducidos (%3); casos usados para calibrar: %4 de %5 reproducidos.</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="228"/>
        <source>Runs published natural experiments through the model and says, case by case, whether its 90% interval reproduces the published estimate; then the coverage (reproduced ÷ cases not used for calibration). docs/VALIDATION.md explains the case files and the rules.</source>
        <translation>Pasa experimentos naturales publicados por el modelo y dice, caso por caso, si su intervalo del 90% reproduce la estimación publicada; después, la cobertura (reproducidos ÷ casos no usados para calibrar). docs/VALIDATION.md explica los archivos de casos y las reglas.</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="235"/>
        <source>Folder of case files (*.json; default: the cases LeastBad ships).</source>
        <translation>Carpeta de archivos de casos (*.json; por defecto: los casos que trae LeastBad).</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="242"/>
        <source>--year: each case names its own year</source>
        <translation>--year: cada caso indica su propio año</translation>
    </message>
    <message>
        <location filename="../src/cli/validatecommand.cpp" line="260"/>
        <source>validating</source>
        <translation>validando</translation>
    </message>
    <message>
        <location filename="../src/cli/leverscommand.cpp" line="20"/>
        <source>The policy levers: key, label, unit, range, status quo (the rule, and the United States&apos; value in the default dataset), how a setting carries over to another region, and the evidence. The Markdown is the table of docs/MODEL.md and docs/POLICY_FILES.md.</source>
        <translation>Las palancas de política: clave, etiqueta, unidad, rango, statu quo (la regla, y el valor de los Estados Unidos en el conjunto de datos predeterminado), cómo pasa un ajuste a otra región, y la evidencia. El Markdown es la tabla de docs/MODEL.md y docs/POLICY_FILES.md.</translation>
    </message>
    <message>
        <location filename="../src/cli/leverscommand.cpp" line="27"/>
        <source>markdown (default), json, or strings (the translatable texts of the levers and outputs, as C++).</source>
        <translation>markdown (predeterminado), json o strings (los textos traducibles de las palancas y los resultados, como C++).</translation>
    </message>
    <message>
        <location filename="../src/cli/leverscommand.cpp" line="39"/>
        <source>--format: expected markdown, json or strings, got &quot;%1&quot;</source>
        <translation>--format: se esperaba markdown, json o strings, se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation type="vanished">markdown (predeterminado) o json.</translation>
    </message>
    <message>
        <source>--format: expected markdown or json, got &quot;%1&quot;</source>
        <translation type="vanished">--format: se esperaba markdown o json, se recibió &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>leastbad::cli::ExportOptions</name>
    <message>
        <source>The scenario (.leastbad) to export.</source>
        <translation type="obsolete">El escenario (.leastbad) que exportar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="vanished">ARCHIVO</translation>
    </message>
    <message>
        <source>The chart to export.</source>
        <translation type="vanished">El gráfico que exportar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="vanished">NOMBRE</translation>
    </message>
    <message>
        <source>Every chart, the report and the results, into the folder --out.</source>
        <translation type="vanished">Todos los gráficos, el informe y los resultados, en la carpeta --out.</translation>
    </message>
    <message>
        <source>The one-page PDF report.</source>
        <translation type="vanished">El informe en PDF de una página.</translation>
    </message>
    <message>
        <source>The results: json (the whole result), csv (against the status quo) or yearly (every output, every year, with percentile columns).</source>
        <translation type="vanished">Los resultados: json (el resultado completo), csv (frente al statu quo) o yearly (todos los resultados, cada año, con columnas de percentiles).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="vanished">TIPO</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv (the chart&apos;s data); with --all a comma-separated list (default: from the file name&apos;s extension; with --all png,svg,pdf,csv).</source>
        <translation type="vanished">png, svg, pdf o csv (los datos del gráfico); con --all, una lista separada por comas (por defecto: según la extensión del nombre de archivo; con --all, png,svg,pdf,csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="vanished">FORMATO</translation>
    </message>
    <message>
        <source>Image size: a preset or WIDTHxHEIGHT (default: slide).</source>
        <translation type="vanished">Tamaño de la imagen: un valor predefinido o WIDTHxHEIGHT (por defecto: slide).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="vanished">TAMAÑO</translation>
    </message>
    <message>
        <source>PNG pixel scale: 1, 2 or 3 (default: 1).</source>
        <translation type="vanished">Escala de píxeles del PNG: 1, 2 o 3 (por defecto: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation type="vanished">N</translation>
    </message>
    <message>
        <source>The chart&apos;s title (default: written from the numbers).</source>
        <translation type="vanished">El título del gráfico (por defecto: redactado a partir de las cifras).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="vanished">TEXTO</translation>
    </message>
    <message>
        <source>The chart&apos;s subtitle (default: written from the numbers).</source>
        <translation type="vanished">El subtítulo del gráfico (por defecto: redactado a partir de las cifras).</translation>
    </message>
    <message>
        <source>The output the over-time chart shows (default: prison_population; the keys are the columns of leastbad-cli simulate --format csv).</source>
        <translation type="vanished">El resultado que muestra el gráfico over-time (por defecto: prison_population; las claves son las columnas de leastbad-cli simulate --format csv).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="vanished">CLAVE</translation>
    </message>
    <message>
        <source>With --results json or --all: every draw too.</source>
        <translation type="vanished">Con --results json o --all: también cada extracción.</translation>
    </message>
    <message>
        <source>Policies the frontier samples (default: 5000).</source>
        <translation type="vanished">Políticas que se muestrean para la frontera (por defecto: 5000).</translation>
    </message>
    <message>
        <source>The file, or with --all the folder, to write.</source>
        <translation type="vanished">El archivo que escribir o, con --all, la carpeta.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="vanished">RUTA</translation>
    </message>
    <message>
        <source>The dataset (.sqlite) of a scenario that names one (default: the embedded default dataset; the path inside a scenario is never opened).</source>
        <translation type="vanished">El conjunto de datos (.sqlite) de un escenario que nombra uno (por defecto: el conjunto integrado; la ruta dentro de un escenario nunca se abre).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="vanished">DB</translation>
    </message>
</context>
<context>
    <name>leastbad::data</name>
    <message>
        <location filename="../src/data/dataset.cpp" line="444"/>
        <source>%1: not a usable SQLite database (%2)</source>
        <translation>%1: no es una base de datos SQLite utilizable (%2)</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="453"/>
        <location filename="../src/data/dataset.cpp" line="633"/>
        <location filename="../src/data/inputfile.cpp" line="75"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>region %1: value %2 is unknown or outside the metric&apos;s range</source>
        <translation type="vanished">región %1: el valor %2 es desconocido o está fuera del rango de la métrica</translation>
    </message>
    <message>
        <source>region %1: no CPI-U figure for %2</source>
        <translation type="vanished">región %1: no hay dato del CPI-U para %2</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="468"/>
        <source>... and %1 more problems</source>
        <translation>... y %1 problemas más</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="22"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="24"/>
        <source>a pipe (FIFO)</source>
        <translation>una tubería (FIFO)</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="26"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="28"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="29"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="40"/>
        <location filename="../src/data/inputfile.cpp" line="45"/>
        <location filename="../src/data/inputfile.cpp" line="56"/>
        <location filename="../src/data/veraimport.cpp" line="354"/>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="50"/>
        <source>is %1, not a regular file; not read</source>
        <translation>es %1, no un archivo normal; no se leyó</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="66"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="66"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../src/data/inputfile.cpp" line="67"/>
        <source>%1: larger than %2; not %3</source>
        <translation>%1: mayor que %2; no es %3</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="43"/>
        <source>%1 MiB is more than a dataset CSV file may hold (%2 MiB); split it</source>
        <translation>%1 MiB es más de lo que puede contener un archivo CSV de un conjunto de datos (%2 MiB); divídalo</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="59"/>
        <source>the file is empty; expected the header: %1</source>
        <translation>el archivo está vacío; se esperaba el encabezado: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="74"/>
        <source>wrong header: expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>encabezado incorrecto: se esperaba &quot;%1&quot;, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="87"/>
        <source>more than %1 MiB; stopped reading here</source>
        <translation>más de %1 MiB; se dejó de leer aquí</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="100"/>
        <location filename="../src/data/veraimport.cpp" line="227"/>
        <source>more than %1 rows; split the file</source>
        <translation>más de %1 filas; divida el archivo</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="110"/>
        <location filename="../src/data/veraimport.cpp" line="244"/>
        <source>expected %1 columns, found %2</source>
        <translation>se esperaban %1 columnas, se encontraron %2</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="124"/>
        <location filename="../src/data/veraimport.cpp" line="235"/>
        <source>%1 problems; stopped reading here</source>
        <translation>%1 problemas; se dejó de leer aquí</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="138"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="143"/>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="157"/>
        <location filename="../src/data/veraimport.cpp" line="56"/>
        <source>expected a number, found &quot;%1&quot;</source>
        <translation>se esperaba un número, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="164"/>
        <source>expected a finite number, found &quot;%1&quot;</source>
        <translation>se esperaba un número finito, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="215"/>
        <source>expected an upper-case code such as US, CA or GB-EAW, found &quot;%1&quot;</source>
        <translation>se esperaba un código en mayúsculas, como US, CA o GB-EAW, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="227"/>
        <source>expected country, state or county, found &quot;%1&quot;</source>
        <translation>se esperaba country, state o county, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="254"/>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>se esperaba uno de estos valores: %1; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="279"/>
        <source>unknown metric &quot;%1&quot; (docs/DATASETS.md lists them)</source>
        <translation>métrica desconocida &quot;%1&quot; (la lista está en docs/DATASETS.md)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="290"/>
        <source>%1 is outside the valid range of %2: %3 to %4 %5</source>
        <translation>%1 está fuera del rango válido de %2: de %3 a %4 %5</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="297"/>
        <source>%1 is 0 (no) or 1 (yes), found &quot;%2&quot;</source>
        <translation>%1 es 0 (no) o 1 (sí), se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="304"/>
        <source>expected &quot;%1&quot; for %2, found &quot;%3&quot;</source>
        <translation>se esperaba &quot;%1&quot; para %2, se encontró &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="313"/>
        <source>expected a year from %1 to %2, found &quot;%3&quot;</source>
        <translation>se esperaba un año de %1 a %2, se encontró &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="175"/>
        <source>expected a year from 1900 to 2100, found &quot;%1&quot;</source>
        <translation>se esperaba un año de 1900 a 2100, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="322"/>
        <source>no CPI-U figure for %1 to convert dollars to %2 (docs/DATASETS.md lists the years)</source>
        <translation>no hay dato del CPI-U para %1 con el que convertir dólares a %2 (los años figuran en docs/DATASETS.md)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="352"/>
        <source>unknown parameter &quot;%1&quot; (docs/MODEL.md lists them)</source>
        <translation>parámetro desconocido &quot;%1&quot; (la lista está en docs/MODEL.md)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="362"/>
        <source>outside the range a dataset may set, %1 to %2</source>
        <translation>fuera del rango que puede fijar un conjunto de datos, de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="380"/>
        <source>region &quot;%1&quot; is listed twice</source>
        <translation>la región &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="387"/>
        <source>parent region &quot;%1&quot; is not in the dataset</source>
        <translation>la región superior &quot;%1&quot; no está en el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="396"/>
        <source>parent chain of &quot;%1&quot; loops back on itself</source>
        <translation>la cadena de regiones superiores de &quot;%1&quot; vuelve sobre sí misma</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="411"/>
        <source>source &quot;%1&quot; is listed twice</source>
        <translation>la fuente &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="425"/>
        <source>region &quot;%1&quot; is not in the dataset (add it to regions.csv)</source>
        <translation>la región &quot;%1&quot; no está en el conjunto de datos (inclúyala en regions.csv)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="431"/>
        <location filename="../src/data/datasetcontent.cpp" line="469"/>
        <source>source &quot;%1&quot; is not in the sources file</source>
        <translation>la fuente &quot;%1&quot; no está en el archivo de fuentes</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="440"/>
        <source>source &quot;%1&quot; is a proxy (a wider area&apos;s figure), which can give only rates and shares; %2 is a count</source>
        <translation>la fuente &quot;%1&quot; es un sustituto (una cifra de un área más amplia), que solo puede dar tasas y proporciones; %2 es un recuento</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="452"/>
        <source>duplicate row: %1 %2 for %3 is already on line %4</source>
        <translation>fila duplicada: %1 %2 para %3 ya figura en la línea %4</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="464"/>
        <source>region &quot;%1&quot; is not in the dataset</source>
        <translation>la región &quot;%1&quot; no está en el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../src/data/datasetcontent.cpp" line="481"/>
        <source>region &quot;%1&quot; has no value for the required metric %2</source>
        <translation>la región &quot;%1&quot; no tiene valor para la métrica obligatoria %2</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="98"/>
        <source>the last export into this folder was interrupted: %1 as before it, the other files new; export again</source>
        <translation>la última exportación a esta carpeta se interrumpió: %1 como antes, los demás archivos nuevos; exporte de nuevo</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="120"/>
        <location filename="../src/data/veraimport.cpp" line="347"/>
        <source>the target is not a dataset this program can add to: %1</source>
        <translation>el destino no es un conjunto de datos al que este programa pueda añadir datos: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="169"/>
        <location filename="../src/data/datasetimport.cpp" line="333"/>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="200"/>
        <source>another import into this dataset is still running (lock file %1); nothing was imported, try again when it has finished</source>
        <translation>otra importación en este conjunto de datos sigue en curso (archivo de bloqueo %1); no se importó nada, inténtelo de nuevo cuando termine</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="205"/>
        <source>cannot create the lock file %1 beside it</source>
        <translation>no se puede crear el archivo de bloqueo %1 a su lado</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="230"/>
        <source>cannot create a temporary file beside it: %1</source>
        <translation>no se puede crear un archivo temporal junto a él: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="247"/>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="260"/>
        <source>cannot copy it to a temporary file: %1</source>
        <translation>no se puede copiar a un archivo temporal: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="279"/>
        <source>cannot write the dataset: %1</source>
        <translation>no se puede escribir el conjunto de datos: %1</translation>
    </message>
    <message>
        <location filename="../src/data/datasetimport.cpp" line="295"/>
        <source>no such folder</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="97"/>
        <location filename="../src/data/datasetstore.cpp" line="119"/>
        <source>schema version %1 is newer than this program reads (%2); update LeastBad</source>
        <translation>la versión de esquema %1 es más reciente de lo que este programa puede leer (%2); actualice LeastBad</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="116"/>
        <source>not a LeastBad dataset (no schema version)</source>
        <translation>no es un conjunto de datos de LeastBad (no tiene versión de esquema)</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="131"/>
        <source>contains a %1 (%2); LeastBad datasets have none, not opened</source>
        <translation>contiene un %1 (%2); los conjuntos de datos de LeastBad no tienen ninguno; no se abrió</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="168"/>
        <source>table %1 lacks column %2: not a LeastBad dataset of version %3</source>
        <translation>a la tabla %1 le falta la columna %2: no es un conjunto de datos de LeastBad de la versión %3</translation>
    </message>
    <message>
        <location filename="../src/data/datasetstore.cpp" line="256"/>
        <source>a table has more than %1 rows; not read</source>
        <translation>una tabla tiene más de %1 filas; no se leyó</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="68"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="34"/>
        <source>%1: expected a number, {&quot;times&quot;: number} or {&quot;plus&quot;: number}</source>
        <translation>%1: se esperaba un número, {&quot;times&quot;: número} o {&quot;plus&quot;: número}</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="82"/>
        <source>%1: the file is %2 text; save it as UTF-8</source>
        <translation>%1: el archivo es texto %2; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="86"/>
        <source>%1: a NUL byte at %2: not a text file</source>
        <translation>%1: un byte NUL en %2: no es un archivo de texto</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="96"/>
        <source>%1: nested too deeply at %2 (more levels than any LeastBad file has)</source>
        <translation>%1: anidado demasiado profundo en %2 (más niveles de los que tiene cualquier archivo de LeastBad)</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="99"/>
        <source>%1: the file ends before the JSON is complete, at %2 (cut off?)</source>
        <translation>%1: el archivo termina antes de que el JSON esté completo, en %2 (¿cortado?)</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="103"/>
        <source>%1: not valid JSON at %2: %3</source>
        <translation>%1: JSON no válido en %2: %3</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="107"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1: se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <location filename="../src/data/jsonread.cpp" line="112"/>
        <source>%1: the key &quot;%2&quot; appears twice in one object, at %3; keep one</source>
        <translation>%1: la clave &quot;%2&quot; aparece dos veces en un objeto, en %3; deje una</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="36"/>
        <source>%1: unknown field &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1: campo desconocido &quot;%2&quot; (se esperaba uno de: %3)</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="41"/>
        <source>%1: and %2 more unknown fields</source>
        <translation>%1: y %2 campos desconocidos más</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="44"/>
        <source>%1: field &quot;format&quot;: expected &quot;leastbad-policy&quot;</source>
        <translation>%1: campo &quot;format&quot;: se esperaba &quot;leastbad-policy&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="50"/>
        <source>%1: field &quot;version&quot;: expected a whole number from 1 to %2</source>
        <translation>%1: campo &quot;version&quot;: se esperaba un número entero de 1 a %2</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="56"/>
        <source>%1: field &quot;version&quot;: version %2 is newer than this program reads (%3); update LeastBad</source>
        <translation>%1: campo &quot;version&quot;: la versión %2 es más reciente de lo que este programa puede leer (%3); actualice LeastBad</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="66"/>
        <source>%1: field &quot;%2&quot;: expected a string</source>
        <translation>%1: campo &quot;%2&quot;: se esperaba una cadena de texto</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="77"/>
        <source>%1: field &quot;sentence_changes&quot;: expected &quot;prospective&quot; or &quot;retroactive&quot;</source>
        <translation>%1: campo &quot;sentence_changes&quot;: se esperaba &quot;prospective&quot; o &quot;retroactive&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="88"/>
        <source>%1: field &quot;name&quot; or &quot;description&quot;: at most 200 (name) or 10,000 characters of text, without control characters</source>
        <translation>%1: campo &quot;name&quot; o &quot;description&quot;: como máximo 200 (nombre) o 10.000 caracteres de texto, sin caracteres de control</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="96"/>
        <source>%1: field &quot;levers&quot;: expected an object of lever names to values</source>
        <translation>%1: campo &quot;levers&quot;: se esperaba un objeto que asocie nombres de palancas con valores</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="47"/>
        <source>%1: lever &quot;%2&quot;</source>
        <translation>%1: palanca &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="52"/>
        <source>%1: unknown lever</source>
        <translation>%1: palanca desconocida</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="61"/>
        <source>%1: value %2 is outside the allowed range %3 to %4 (%5)</source>
        <translation>%1: el valor %2 está fuera del rango permitido, de %3 a %4 (%5)</translation>
    </message>
    <message>
        <location filename="../src/data/leverreader.cpp" line="71"/>
        <source>%1: and %2 more unknown levers</source>
        <translation>%1: y %2 palancas desconocidas más</translation>
    </message>
    <message>
        <location filename="../src/data/policyfile.cpp" line="114"/>
        <source>a policy file</source>
        <translation>un archivo de política</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="vanished">%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: file is larger than 1 MiB; not a policy file</source>
        <translation type="vanished">%1: el archivo ocupa más de 1 MiB; no es un archivo de política</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="71"/>
        <source>%1: unknown field &quot;%2&quot; was ignored</source>
        <translation>%1: se ignoró el campo desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="vanished">%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="178"/>
        <source>%1: field &quot;format&quot;: expected &quot;leastbad-scenario&quot;</source>
        <translation>%1: campo &quot;format&quot;: se esperaba &quot;leastbad-scenario&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="185"/>
        <source>%1: field &quot;version&quot;: expected a whole number of at least 1</source>
        <translation>%1: campo &quot;version&quot;: se esperaba un número entero igual o mayor que 1</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="190"/>
        <source>%1 was written by a newer LeastBad (format %2; this program reads %3): what it could not read was left at the defaults</source>
        <translation>%1 se escribió con una versión más reciente de LeastBad (formato %2; este programa lee el %3): lo que no se pudo leer quedó con los valores predeterminados</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="212"/>
        <source>%1: field &quot;year&quot;: expected a whole number from %2 to %3</source>
        <translation>%1: campo &quot;year&quot;: se esperaba un número entero de %2 a %3</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="234"/>
        <source>%1: field &quot;seed&quot;: expected a whole number from 0 to 9e15</source>
        <translation>%1: campo &quot;seed&quot;: se esperaba un número entero de 0 a 9e15</translation>
    </message>
    <message>
        <source>%1: field &quot;draws&quot;: expected a whole number from 10 to 1000000</source>
        <translation type="vanished">%1: campo &quot;draws&quot;: se esperaba un número entero de 10 a 1000000</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="75"/>
        <source>%1: and %2 more unknown fields were ignored</source>
        <translation>%1: y %2 campos desconocidos más se ignoraron</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="223"/>
        <location filename="../src/data/scenarioopen.cpp" line="37"/>
        <source>%1: field &quot;region&quot; or &quot;dataset&quot;: too long or holds control characters</source>
        <translation>%1: campo &quot;region&quot; o &quot;dataset&quot;: demasiado largo o con caracteres de control</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="244"/>
        <source>%1: field &quot;draws&quot;: expected a whole number from %2 to %3</source>
        <translation>%1: campo &quot;draws&quot;: se esperaba un número entero de %2 a %3</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="106"/>
        <source>%1: weights.%2: expected a number from %3 to %4</source>
        <translation>%1: weights.%2: se esperaba un número de %3 a %4</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="117"/>
        <source>%1: weights.horizon_years: expected a whole number from 1 to 50</source>
        <translation>%1: weights.horizon_years: se esperaba un número entero de 1 a 50</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="131"/>
        <source>%1: field &quot;policies&quot;: expected a list</source>
        <translation>%1: campo &quot;policies&quot;: se esperaba una lista</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="136"/>
        <source>%1: field &quot;policies&quot;: at most 8 policies</source>
        <translation>%1: campo &quot;policies&quot;: como máximo 8 políticas</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="145"/>
        <source>%1: policy %2: the name must be at most %3 characters of text, without control characters</source>
        <translation>%1: política %2: el nombre debe tener como máximo %3 caracteres de texto, sin caracteres de control</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="158"/>
        <source>%1: policy &quot;%2&quot;</source>
        <translation>%1: política &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: policy &quot;%2&quot;, lever &quot;%3&quot;</source>
        <translation type="vanished">%1: política &quot;%2&quot;, palanca &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: unknown lever was ignored</source>
        <translation type="vanished">%1: se ignoró la palanca desconocida</translation>
    </message>
    <message>
        <source>%1: expected a number from %2 to %3</source>
        <translation type="vanished">%1: se esperaba un número de %2 a %3</translation>
    </message>
    <message>
        <source>%1: policy &quot;%2&quot;: and %3 more unknown levers were ignored</source>
        <translation type="vanished">%1: política &quot;%2&quot;: y %3 palancas desconocidas más se ignoraron</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="260"/>
        <location filename="../src/data/scenarioopen.cpp" line="24"/>
        <source>a scenario file</source>
        <translation>un archivo de escenario</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB; not a scenario file</source>
        <translation type="vanished">%1: ocupa más de 4 MiB; no es un archivo de escenario</translation>
    </message>
    <message>
        <location filename="../src/data/scenariofile.cpp" line="298"/>
        <source>%1: cannot save: %2</source>
        <translation>%1: no se puede guardar: %2</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="32"/>
        <location filename="../src/data/atomicfile.cpp" line="63"/>
        <source>not every byte could be written (is the disk full?)</source>
        <translation>no se pudieron escribir todos los bytes (¿está lleno el disco?)</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="100"/>
        <source>is a symbolic link; not written through it (remove the link or choose another name)</source>
        <translation>es un enlace simbólico; no se escribe a través de él (elimine el enlace o elija otro nombre)</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="103"/>
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="105"/>
        <source>is not a regular file; not replaced</source>
        <translation>no es un archivo normal; no se reemplazó</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="127"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location filename="../src/data/atomicfile.cpp" line="162"/>
        <source>cannot create a temporary file beside it</source>
        <translation>no se puede crear un archivo temporal a su lado</translation>
    </message>
    <message>
        <location filename="../src/data/scenarioopen.cpp" line="33"/>
        <source>%1: not a LeastBad scenario (not a JSON object)</source>
        <translation>%1: no es un escenario de LeastBad (no es un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../src/data/scenarioopen.cpp" line="44"/>
        <source>%1: names the dataset %2, which is not opened (a path inside a file is never followed); open that dataset yourself and then the scenario</source>
        <translation>%1: nombra el conjunto de datos %2, que no se abre (nunca se sigue una ruta dentro de un archivo); abra ese conjunto usted mismo y luego el escenario</translation>
    </message>
    <message>
        <source>%1: names the dataset %2; opening scenarios with other datasets is not supported yet</source>
        <translation type="vanished">%1: hace referencia al conjunto de datos %2; todavía no se pueden abrir escenarios con otros conjuntos de datos</translation>
    </message>
    <message>
        <location filename="../src/data/scenarioopen.cpp" line="52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/data/sqlitedatabase.cpp" line="34"/>
        <source> (a write failed: is the disk full?)</source>
        <translation> (falló una escritura: ¿está lleno el disco?)</translation>
    </message>
    <message>
        <location filename="../src/data/sqlitedatabase.cpp" line="163"/>
        <source>SQLite refused a safety setting (%1)</source>
        <translation>SQLite rechazó un ajuste de seguridad (%1)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="62"/>
        <source>%1 is outside the valid range of %2: %3 to %4</source>
        <translation>%1 está fuera del intervalo válido de %2: de %3 a %4</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="362"/>
        <source>%1 MiB is more than an imported CSV file may hold (%2 MiB)</source>
        <translation>%1 MiB es más de lo que puede contener un archivo CSV importado (%2 MiB)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="86"/>
        <source>the file is empty; expected Vera&apos;s header</source>
        <translation>el archivo está vacío; se esperaba la cabecera de Vera</translation>
    </message>
    <message>
        <source>not a Vera Incarceration Trends county file: the header lacks %1 (it needs year, county_fips and state_abbr, and at least one of %2)</source>
        <translation type="vanished">no es un archivo de condados de Vera Incarceration Trends: a la cabecera le falta %1 (necesita year, county_fips y state_abbr, y al menos uno de %2)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="112"/>
        <source>not a Vera Incarceration Trends county file: the header lacks %1 (it needs year, county_fips, state_abbr and total_pop_15to64, and reads %2)</source>
        <translation>no es un archivo de condados de Vera Incarceration Trends: a la cabecera le falta %1 (necesita year, county_fips, state_abbr y total_pop_15to64, y lee %2)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="133"/>
        <source>Vera Institute of Justice. Incarceration Trends dataset, county-level file, as downloaded by the user and imported from %1 (columns %2)</source>
        <translation>Vera Institute of Justice. Conjunto de datos Incarceration Trends, archivo por condado, descargado por el usuario e importado de %1 (columnas %2)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="143"/>
        <source>Vera Incarceration Trends Data Access License: the user&apos;s own academic, nonprofit and research use; no redistribution</source>
        <translation>Vera Incarceration Trends Data Access License: uso académico, sin fines de lucro y de investigación del propio usuario; sin redistribución</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="148"/>
        <source>Derived (LeastBad Vera import): a county&apos;s residents = its share of its state&apos;s residents aged 15 to 64 in that year (Vera total_pop_15to64, summed over the state&apos;s imported counties) times the state&apos;s population in the dataset (the latest at or before that year, else the earliest). Assumes the county&apos;s age mix is the state&apos;s.</source>
        <translation>Derivado (importación de Vera de LeastBad): los residentes de un condado = su proporción de los residentes de 15 a 64 años de su estado en ese año (Vera total_pop_15to64, sumado sobre los condados importados del estado) por la población del estado en el conjunto de datos (la última en ese año o antes; si no, la más antigua). Supone que la estructura de edad del condado es la del estado.</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="154"/>
        <source>not applicable (derived)</source>
        <translation>no aplicable (derivado)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="218"/>
        <source>cancelled; nothing was written</source>
        <translation>cancelado; no se escribió nada</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="182"/>
        <source>expected a county FIPS code of up to five digits, found &quot;%1&quot;</source>
        <translation>se esperaba un código FIPS de condado de hasta cinco cifras, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="191"/>
        <source>state &quot;%1&quot; is not a state of %2, so the county has no parent region</source>
        <translation>el estado &quot;%1&quot; no es un estado de %2, así que el condado no tiene región superior</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="264"/>
        <source>duplicate row: county %1 for %2 is already on line %3</source>
        <translation>fila duplicada: el condado %1 para %2 ya está en la línea %3</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="276"/>
        <source>County %1</source>
        <translation>Condado %1</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="319"/>
        <source>share of %1&apos;s residents aged 15 to 64 in %2 (%3 in the imported counties) times its population %4 (%5, %6)</source>
        <translation>proporción de los residentes de 15 a 64 años de %1 en %2 (%3 en los condados importados) por su población %4 (%5, %6)</translation>
    </message>
    <message>
        <location filename="../src/data/veraimport.cpp" line="383"/>
        <source>county %1 has no total_pop_15to64 in any row, so its population cannot be derived</source>
        <translation>el condado %1 no tiene total_pop_15to64 en ninguna fila, así que no se puede derivar su población</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="79"/>
        <source>region %1: %2</source>
        <translation>región %1: %2</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="85"/>
        <source>%1 is %2 per resident (population %3); expected at most %4</source>
        <translation>%1 es %2 por residente (población %3); se esperaba como máximo %4</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="93"/>
        <source>%1 homicides are more than the %2 violent crimes they are part of</source>
        <translation>%1 homicidios son más que los %2 delitos violentos de los que forman parte</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="98"/>
        <source>%1 back in prison within 5 years is less than the %2 within 3 years; a share cannot shrink with time</source>
        <translation>%1 de vuelta en prisión en 5 años es menos que el %2 en 3 años; una proporción no puede disminuir con el tiempo</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="104"/>
        <source>%1 recorded crimes a year beside %2 prisoners; expected at least %3 per prisoner</source>
        <translation>%1 delitos registrados al año junto a %2 presos; se esperaban al menos %3 por preso</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="119"/>
        <source>table metric_values, row %1 (region %2, metric %3): %4</source>
        <translation>tabla metric_values, fila %1 (región %2, métrica %3): %4</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="124"/>
        <source>unknown metric</source>
        <translation>métrica desconocida</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="129"/>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 está fuera del rango %2 a %3</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="132"/>
        <source>expected the unit &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>se esperaba la unidad &quot;%1&quot;, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="135"/>
        <source>expected a year from %1 to %2, found %3</source>
        <translation>se esperaba un año de %1 a %2, se encontró %3</translation>
    </message>
    <message>
        <location filename="../src/data/plausibility.cpp" line="140"/>
        <source>no CPI-U figure for %1</source>
        <translation>no hay valor del IPC-U para %1</translation>
    </message>
    <message>
        <location filename="../src/data/backcastinputs.cpp" line="65"/>
        <source>--from and --to: expected a start year before the end year, at most %1 years apart</source>
        <translation>--from y --to: se esperaba un año inicial anterior al final, con %1 años de diferencia como máximo</translation>
    </message>
    <message>
        <location filename="../src/data/backcastinputs.cpp" line="85"/>
        <source>%1: no prison admissions in %2 to start a backcast from</source>
        <translation>%1: no hay ingresos en prisión en %2 para iniciar una retroproyección</translation>
    </message>
    <message>
        <location filename="../src/data/backcastinputs.cpp" line="95"/>
        <source>%1: no prison admissions in or after %2 (needed up to %3)</source>
        <translation>%1: no hay ingresos en prisión en %2 ni después (se necesitan hasta %3)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="216"/>
        <source>version %1 or older (update LeastBad to read newer case files)</source>
        <translation>versión %1 o anterior (actualice LeastBad para leer archivos de casos más nuevos)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="220"/>
        <source>at most 40 characters</source>
        <translation>como máximo 40 caracteres</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="235"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="281"/>
        <source>&quot;people&quot; or &quot;share_of_prisoners&quot;, not both</source>
        <translation>&quot;people&quot; o &quot;share_of_prisoners&quot;, no ambos</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="283"/>
        <source>&quot;people&quot; or &quot;share_of_prisoners&quot;</source>
        <translation>&quot;people&quot; o &quot;share_of_prisoners&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="297"/>
        <source>a list of different group names (%1)</source>
        <translation>una lista de nombres de grupo distintos (%1)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="301"/>
        <source>&quot;levers&quot;, &quot;release&quot; or both</source>
        <translation>&quot;levers&quot;, &quot;release&quot; o ambos</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="328"/>
        <source>no crime_type except with the unit reported_crimes</source>
        <translation>ningún crime_type salvo con la unidad reported_crimes</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="339"/>
        <source>&quot;with_respect_to&quot; or &quot;per&quot;, not both</source>
        <translation>&quot;with_respect_to&quot; o &quot;per&quot;, no ambos</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="349"/>
        <source>a lever&apos;s key or one of: %1</source>
        <translation>la clave de una palanca o uno de: %1</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="365"/>
        <source>[first, last]: whole years from 1 to horizon_years, first not after last</source>
        <translation>[primero, último]: años enteros de 1 a horizon_years, el primero no posterior al último</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="395"/>
        <source>low &lt;= value &lt;= high</source>
        <translation>low &lt;= value &lt;= high</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="423"/>
        <source>%1: and %2 more problems</source>
        <translation>%1: y %2 problemas más</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="429"/>
        <source>a validation case file</source>
        <translation>un archivo de caso de validación</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="61"/>
        <source>%1: field &quot;baseline.overrides&quot;: the region with these values is not usable: %2: %3</source>
        <translation>%1: campo &quot;baseline.overrides&quot;: la región con estos valores no es utilizable: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="77"/>
        <source>%1: field &quot;intervention&quot;</source>
        <translation>%1: campo &quot;intervention&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="96"/>
        <source>%1: field &quot;intervention.release&quot;: %2 people are more than 95% of the %3 in the groups named</source>
        <translation>%1: campo &quot;intervention.release&quot;: %2 personas son más del 95% de las %3 de los grupos indicados</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="120"/>
        <source>%1: no such folder</source>
        <translation>%1: no existe esa carpeta</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="126"/>
        <source>%1: no case files (*.json) in this folder</source>
        <translation>%1: no hay archivos de casos (*.json) en esta carpeta</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="129"/>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="148"/>
        <source>%1: field &quot;baseline.region&quot;: %2</source>
        <translation>%1: campo &quot;baseline.region&quot;: %2</translation>
    </message>
    <message>
        <location filename="../src/data/validationsuite.cpp" line="178"/>
        <source>%1: field &quot;outcome&quot;: %2</source>
        <translation>%1: campo &quot;outcome&quot;: %2</translation>
    </message>
</context>
<context>
    <name>leastbad::data::CsvReader</name>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="vanished">%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="87"/>
        <source>the file is %1 text; save it as UTF-8</source>
        <translation>el archivo es texto %1; guárdelo como UTF-8</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="104"/>
        <source>contains a NUL byte: this is not a CSV text file</source>
        <translation>contiene un byte NUL: no es un archivo de texto CSV</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="109"/>
        <source>is not valid UTF-8 (byte %1 of the field); save the file as UTF-8</source>
        <translation>no es UTF-8 válido (byte %1 del campo); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="115"/>
        <source>more than %1 columns in a row</source>
        <translation>más de %1 columnas en una fila</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="136"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="168"/>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado después de unas comillas de cierre</translation>
    </message>
    <message>
        <location filename="../src/data/csvreader.cpp" line="187"/>
        <source>a field is longer than %1 bytes</source>
        <translation>un campo ocupa más de %1 bytes</translation>
    </message>
</context>
<context>
    <name>leastbad::data::Dataset</name>
    <message>
        <location filename="../src/data/dataset.cpp" line="205"/>
        <source>%1 runs one combined prison-and-jail system: the state, not counties, holds people before trial and on short sentences, so its prison counts include people who would be in a local jail elsewhere and it has no separate local jails.</source>
        <translation>%1 tiene un único sistema combinado de prisiones y cárceles: el estado, no los condados, retiene a las personas antes del juicio y con condenas cortas, así que sus cifras de prisión incluyen a personas que en otros lugares estarían en una cárcel local, y no tiene cárceles locales separadas.</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="215"/>
        <source>The District of Columbia has no state prisons: people sentenced for felonies in DC are held by the federal Bureau of Prisons (BOP).</source>
        <translation>El Distrito de Columbia no tiene prisiones estatales: las personas condenadas por delitos graves en DC están bajo custodia de la Oficina Federal de Prisiones (BOP).</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="414"/>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="419"/>
        <source>%1: not a regular file; not opened</source>
        <translation>%1: no es un archivo normal; no se abrió</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="425"/>
        <source>%1: larger than %2 MiB; not opened</source>
        <translation>%1: ocupa más de %2 MiB; no se abrió</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="433"/>
        <location filename="../src/data/dataset.cpp" line="486"/>
        <location filename="../src/data/dataset.cpp" line="506"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="494"/>
        <source>the embedded default dataset is missing from this build</source>
        <translation>falta el conjunto de datos predeterminado integrado en esta compilación</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="496"/>
        <source>default dataset</source>
        <translation>conjunto de datos predeterminado</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="616"/>
        <source>%1: no region &quot;%2&quot; (leastbad-cli dataset list shows the codes)</source>
        <translation>%1: no existe la región &quot;%2&quot; (leastbad-cli dataset list muestra los códigos)</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="299"/>
        <source>scaled by %1 so that prison population / admissions (%2, %3) holds</source>
        <translation>escalado por %1 para que se cumpla población penitenciaria / ingresos (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="117"/>
        <source>a wider area</source>
        <translation>un área más amplia</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="351"/>
        <source>from the %1-year share of %2 and the %3 ratio of 5- to 3-year shares (%4)</source>
        <translation>a partir de la proporción a %1 años de %2 y de la razón entre las proporciones a 5 y a 3 años de %3 (%4)</translation>
    </message>
    <message>
        <source>from the region&apos;s own %1-year share and the %2 ratio of 5- to 3-year shares (%3)</source>
        <translation type="vanished">a partir de la proporción propia de la región a %1 años y de la razón entre las proporciones a 5 y a 3 años de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="390"/>
        <source>per 100,000 residents from the officer count and the population</source>
        <translation>por cada 100 000 habitantes, a partir del número de agentes y la población</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="672"/>
        <source>%1: region %2 has no value, and no fallback, for: %3</source>
        <translation>%1: la región %2 no tiene valor, ni valor de respaldo, para: %3</translation>
    </message>
    <message>
        <location filename="../src/data/dataset.cpp" line="696"/>
        <source>%1: region %2 gives a baseline the model cannot use: %3</source>
        <translation>%1: la región %2 da una línea de base que el modelo no puede usar: %3</translation>
    </message>
</context>
<context>
    <name>leastbad::data::DatasetProblem</name>
    <message>
        <location filename="../src/data/problem.cpp" line="16"/>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <location filename="../src/data/problem.cpp" line="18"/>
        <source>, column %1</source>
        <translation>, columna %1</translation>
    </message>
</context>
<context>
    <name>leastbad::data::FieldReader</name>
    <message>
        <location filename="../src/data/validationcase.cpp" line="110"/>
        <source>%1: field &quot;%2&quot;: expected %3</source>
        <translation>%1: campo &quot;%2&quot;: se esperaba %3</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="113"/>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1: falta el campo &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="118"/>
        <source>%1: unknown field &quot;%2&quot; (expected one of: %3)</source>
        <translation>%1: campo desconocido &quot;%2&quot; (se esperaba uno de: %3)</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="131"/>
        <source>a string of at most 10,000 characters</source>
        <translation>un texto de como máximo 10.000 caracteres</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="146"/>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="161"/>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="175"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../src/data/validationcase.cpp" line="187"/>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
</context>
<context>
    <name>leastbad::gui</name>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="29"/>
        <source>Import Vera Incarceration Trends</source>
        <translation>Importar Vera Incarceration Trends</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="30"/>
        <source>Vera county file (incarceration_trends_county.csv *.csv)</source>
        <translation>Archivo de condados de Vera (incarceration_trends_county.csv *.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="34"/>
        <source>Write the county dataset</source>
        <translation>Escribir el conjunto de datos de condados</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="35"/>
        <source>LeastBad datasets (*.sqlite)</source>
        <translation>Conjuntos de datos de LeastBad (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="41"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="65"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="66"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/veraimportaction.cpp" line="67"/>
        <source>%n problem(s); %1 was not changed.</source>
        <translation>
            <numerusform>%n problema; %1 no se modificó.</numerusform>
            <numerusform>%n problemas; %1 no se modificó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="78"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../src/app/veraimportaction.cpp" line="79"/>
        <source>Wrote %1: %2 counties, %3 values, each county under its state (the rest of its inputs come from the state). Vera&apos;s licence forbids passing the file on.

Use it with leastbad-cli, for example: leastbad-cli dataset show --year 2015 %1 TX-48201</source>
        <translation>Se escribió %1: %2 condados, %3 valores, cada condado bajo su estado (el resto de sus datos viene del estado). La licencia de Vera prohíbe compartir el archivo.

Úselo con leastbad-cli, por ejemplo: leastbad-cli dataset show --year 2015 %1 TX-48201</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::AboutDialog</name>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="17"/>
        <source>&lt;h2&gt;LeastBad %1&lt;/h2&gt;&lt;p&gt;A prison-policy cost-benefit calculator: what each policy does to crime, suffering, life expectancy and money, with its uncertainty and its sources.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LeastBad %1&lt;/h2&gt;&lt;p&gt;Una calculadora de costos y beneficios de políticas penitenciarias: qué efecto tiene cada política sobre la delincuencia, el sufrimiento, la esperanza de vida y el dinero, con su incertidumbre y sus fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/aboutdialog.cpp" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Licence&lt;/b&gt;: GNU General Public License, version 3 or later. This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %2 (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite 3 through Qt SQL (public domain)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Honest numbers&lt;/b&gt;: every model parameter and dataset value carries its source or is labelled an assumption. See docs/MODEL.md.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Licencia&lt;/b&gt;: GNU General Public License, versión 3 o posterior. Este programa se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hecho con&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL-3.0 / GPL)&lt;/li&gt;&lt;li&gt;QCustomPlot %2 (GPL-3.0)&lt;/li&gt;&lt;li&gt;SQLite 3 a través de Qt SQL (dominio público)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Cifras honestas&lt;/b&gt;: cada parámetro del modelo y cada valor del conjunto de datos indica su fuente o está marcado como supuesto. Consulte docs/MODEL.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::DecisionPanel</name>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="28"/>
        <source>Weigh the decision</source>
        <translation>Sopesar la decisión</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="43"/>
        <source>draws: </source>
        <translation>extracciones: </translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="44"/>
        <source>Draws for the decision</source>
        <translation>Extracciones para la decisión</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="48"/>
        <source>Compares the status quo and every policy on the same draws: why each policy has its net value, which option is best and how sure, where each breaks even, and which uncertainty would change the answer.</source>
        <translation>Compara el statu quo y cada política con las mismas extracciones: por qué cada política tiene su valor neto, qué opción es la mejor y con qué certeza, dónde alcanza cada una el punto de equilibrio y qué incertidumbre cambiaría la respuesta.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="54"/>
        <source>Nothing weighed yet. Press “Weigh the decision” to compare the status quo and the scenario&apos;s policies.</source>
        <translation>Aún no se ha sopesado nada. Pulse “Sopesar la decisión” para comparar el statu quo y las políticas del escenario.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="60"/>
        <source>Explain the net value of:</source>
        <translation>Explicar el valor neto de:</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="73"/>
        <source>Where each policy&apos;s expected net value against the status quo changes sign, with every other weight as you set it (as the Washington State Institute for Public Policy reports break-even values).</source>
        <translation>Dónde cambia de signo el valor neto esperado de cada política frente al statu quo, con los demás pesos como usted los fijó (como informa de los puntos de equilibrio el Washington State Institute for Public Policy).</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="84"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="85"/>
        <source>Which is best</source>
        <translation>Cuál es mejor</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="86"/>
        <source>Break-even</source>
        <translation>Punto de equilibrio</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="87"/>
        <source>What would change the answer</source>
        <translation>Qué cambiaría la respuesta</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="111"/>
        <source>Cancelled: nothing is shown, because a part of the draws decides nothing.</source>
        <translation>Cancelado: no se muestra nada, porque una parte de las extracciones no decide nada.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="176"/>
        <source>&lt;b&gt;Out of date — run again.&lt;/b&gt; The region, the policies or the weights changed since the decision was weighed.</source>
        <translation>&lt;b&gt;Desactualizado: vuelva a ejecutar.&lt;/b&gt; La región, las políticas o los pesos cambiaron desde que se sopesó la decisión.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="184"/>
        <source>There is no policy to weigh against the status quo: add one first.</source>
        <translation>No hay ninguna política que sopesar frente al statu quo: añada una primero.</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="191"/>
        <source>Simulating %1 options on %2 draws, then weighing them…</source>
        <translation>Simulando %1 opciones con %2 extracciones y sopesándolas después…</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="228"/>
        <source>Highest expected net value: &lt;b&gt;%1&lt;/b&gt; (%2), the best option in %3 ± %4 of the draws. Knowing every parameter exactly would be worth %5 (EVPI).</source>
        <translation>Mayor valor neto esperado: &lt;b&gt;%1&lt;/b&gt; (%2), la mejor opción en el %3 ± %4 de las extracciones. Conocer exactamente cada parámetro valdría %5 (EVPI).</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="254"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="254"/>
        <source>Expected net value now</source>
        <translation>Valor neto esperado ahora</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="255"/>
        <source>Wellbeing-year value
at break-even</source>
        <translation>Valor del año de bienestar
en el equilibrio</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="255"/>
        <source>Life-year value
at break-even</source>
        <translation>Valor del año de vida
en el equilibrio</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="256"/>
        <source>Weight of incarcerated
people at break-even</source>
        <translation>Peso de las personas
encarceladas en el equilibrio</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="273"/>
        <source>n/a: the same as the status quo</source>
        <translation>n/d: igual que el statu quo</translation>
    </message>
    <message>
        <location filename="../src/app/decisionpanel.cpp" line="280"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::DiagnosticsPanel</name>
    <message>
        <source>&amp;Compute per-unit effects</source>
        <translation type="vanished">&amp;Calcular efectos por unidad</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="37"/>
        <source>Compute per-&amp;unit effects</source>
        <translation>Calcular efectos por unida&amp;d</translation>
    </message>
    <message>
        <source>Per-unit effects of the model for the current region and policy A, over %1 draws, beside the published values they can be checked against (docs/MODEL.md, section 11).</source>
        <translation type="vanished">Efectos por unidad del modelo para la región actual y la política A, en %1 extracciones, junto a los valores publicados con los que se pueden comprobar (docs/MODEL.md, sección 11).</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>Per-unit effect</source>
        <translation>Efecto por unidad</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>Model median</source>
        <translation>Mediana del modelo</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>90% interval</source>
        <translation>Intervalo del 90%</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="45"/>
        <source>Literature</source>
        <translation>Literatura</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="50"/>
        <source>Per-unit effects of the model</source>
        <translation>Efectos por unidad del modelo</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="67"/>
        <source>Cancelled: no figures are shown.</source>
        <translation>Cancelado: no se muestran cifras.</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="111"/>
        <source>Out of date: the region or the policy changed. Compute again for %1.</source>
        <translation>Desactualizado: cambió la región o la política. Calcule de nuevo para %1.</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="116"/>
        <source>Per-unit effects of the model for the current region and %1, over %2 draws, beside the published values they can be checked against (docs/MODEL.md, section 11). Select another policy in the list to see its effects.</source>
        <translation>Efectos por unidad del modelo para la región actual y %1, sobre %2 extracciones, junto a los valores publicados con los que pueden contrastarse (docs/MODEL.md, sección 11). Seleccione otra política en la lista para ver sus efectos.</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="142"/>
        <source>%1, %2: per-unit effects over %3 draws (seed %4). Select another policy in the list to see its effects.</source>
        <translation>%1, %2: efectos por unidad sobre %3 extracciones (semilla %4). Seleccione otra política en la lista para ver sus efectos.</translation>
    </message>
    <message>
        <source>Out of date: the region or a policy changed. Compute again.</source>
        <translation type="vanished">Desactualizado: cambió la región o una política. Calcule de nuevo.</translation>
    </message>
    <message>
        <source>%1, policy A: per-unit effects over %2 draws (seed %3).</source>
        <translation type="vanished">%1, política A: efectos por unidad en %2 extracciones (semilla %3).</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="161"/>
        <location filename="../src/app/diagnosticspanel.cpp" line="164"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../src/app/diagnosticspanel.cpp" line="163"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ExportController</name>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="43"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="72"/>
        <source>&amp;Chart…</source>
        <translation>&amp;Gráfico…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="76"/>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Informe (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="77"/>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="79"/>
        <source>Res&amp;ults (CSV or JSON)…</source>
        <translation>&amp;Resultados (CSV o JSON)…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="81"/>
        <source>&amp;Everything into a Folder…</source>
        <translation>&amp;Todo en una carpeta…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="88"/>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exportar gráfico…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="89"/>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copiar gráfico como imagen</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="92"/>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Exportar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="101"/>
        <location filename="../src/app/exportcontroller.cpp" line="108"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="108"/>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="128"/>
        <source>Computing the results to export…</source>
        <translation>Calculando los resultados que exportar…</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="128"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="152"/>
        <location filename="../src/app/exportcontroller.cpp" line="210"/>
        <location filename="../src/app/exportcontroller.cpp" line="281"/>
        <source>Exported %1</source>
        <translation>Se exportó %1</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="158"/>
        <source>Exported the report to %1</source>
        <translation>Se exportó el informe a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/exportcontroller.cpp" line="166"/>
        <source>Exported %n file(s) into %1</source>
        <translation>
            <numerusform>Se exportó %n archivo a %1</numerusform>
            <numerusform>Se exportaron %n archivos a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="169"/>
        <source>skipped %1</source>
        <translation>omitidos: %1</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="183"/>
        <source>Chart copied to the clipboard</source>
        <translation>Gráfico copiado al portapapeles</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="204"/>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="206"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="233"/>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="234"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="252"/>
        <source>Cannot print to %1</source>
        <translation>No se puede imprimir en %1</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="262"/>
        <source>Report sent to %1</source>
        <translation>Informe enviado a %1</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="267"/>
        <source>The whole result, JSON (*.json)</source>
        <translation>El resultado completo, JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="268"/>
        <source>Against the status quo, CSV (*.csv)</source>
        <translation>Frente al statu quo, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="269"/>
        <source>Every output, every year, CSV (*.csv)</source>
        <translation>Todos los resultados, cada año, CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="274"/>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <location filename="../src/app/exportcontroller.cpp" line="286"/>
        <source>Export Everything Into</source>
        <translation>Exportar todo en</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ExportDialog</name>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="27"/>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="28"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="29"/>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="30"/>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="31"/>
        <source>CSV of the chart&apos;s data</source>
        <translation>CSV con los datos del gráfico</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="34"/>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="37"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="41"/>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="42"/>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="43"/>
        <source>1× (as sized)</source>
        <translation>1× (tamaño indicado)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="44"/>
        <source>2× (sharp on high-density screens)</source>
        <translation>2× (nítido en pantallas de alta densidad)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="45"/>
        <source>3× (print)</source>
        <translation>3× (impresión)</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="46"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="47"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="54"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="62"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="63"/>
        <source>&amp;Size:</source>
        <translation>Ta&amp;maño:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="66"/>
        <source>Sc&amp;ale:</source>
        <translation>Esc&amp;ala:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="vanished">&amp;Escala:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="67"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="68"/>
        <source>Su&amp;btitle:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="70"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../src/app/exportdialog.cpp" line="76"/>
        <source>The footer names the region, the assumptions and the sources; it is always on the image.</source>
        <translation>El pie indica la región, los supuestos y las fuentes; siempre aparece en la imagen.</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::FrontierPanel</name>
    <message>
        <source>&amp;Find the frontier</source>
        <translation type="vanished">&amp;Buscar la frontera</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="28"/>
        <source>Find the fron&amp;tier</source>
        <translation>Buscar la &amp;frontera</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="32"/>
        <source>Add the least bad policy</source>
        <translation>Añadir la política menos mala</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="39"/>
        <source>policies: </source>
        <translation>políticas: </translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="40"/>
        <source>Policies to sample</source>
        <translation>Número de políticas de la muestra</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="43"/>
        <source>draws each: </source>
        <translation>extracciones por política: </translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="44"/>
        <source>Draws per policy</source>
        <translation>Extracciones por política</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="47"/>
        <source>Adds the policy with the highest expected net value that costs taxpayers no more than today to the list of policies.</source>
        <translation>Añade a la lista de políticas la política con el mayor valor neto esperado que no cuesta a los contribuyentes más que hoy.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="53"/>
        <source>No frontier yet. Press “Find the frontier” to sample every lever within its range; the policies no other beats appear here on all four objectives.</source>
        <translation>Aún no hay frontera. Pulse “Buscar la frontera” para muestrear cada palanca dentro de su rango; las políticas que ninguna otra supera aparecen aquí en los cuatro objetivos.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="65"/>
        <source>Samples every lever within its range, keeps the policies that no other beats on victimisations, wellbeing-years, life-years and taxpayer cost, and finds the policy with the highest expected net value that costs taxpayers no more than today.</source>
        <translation>Toma muestras de cada palanca dentro de su rango, conserva las políticas que ninguna otra supera en victimizaciones, años de bienestar, años de vida y costo para los contribuyentes, y encuentra la política con el mayor valor neto esperado que no cueste a los contribuyentes más que hoy.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="95"/>
        <source>Cancelled: no result is shown, because a partial sweep is not a frontier.</source>
        <translation>Cancelado: no se muestra ningún resultado, porque un barrido parcial no da una frontera.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="116"/>
        <source>Least bad within today&apos;s budget</source>
        <translation>Menos mala dentro del presupuesto actual</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="154"/>
        <source>&lt;b&gt;Out of date — run again.&lt;/b&gt; The region, the weights or the number of policies or draws changed since this frontier was found.</source>
        <translation>&lt;b&gt;Desactualizado: vuelva a ejecutar.&lt;/b&gt; La región, los pesos o el número de políticas o de extracciones cambiaron desde que se encontró esta frontera.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="190"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier, shown on all four objectives. Hover a point for its levers; click it to add its policy to your policies (%3 takes it out again).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 políticas están en la frontera, mostradas en los cuatro objetivos. Pase el ratón sobre un punto para ver sus palancas; haga clic en él para añadir su política a sus políticas (%3 la quita de nuevo).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date — run again.&lt;/b&gt; The region, the policies or the weights changed since this frontier was found.</source>
        <translation type="vanished">&lt;b&gt;Desactualizado: vuelva a ejecutar.&lt;/b&gt; La región, las políticas o los pesos cambiaron desde que se encontró esta frontera.</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="171"/>
        <source>Exploring %1 policies…</source>
        <translation>Explorando %1 políticas…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier, shown on all four objectives. Hover a point for its levers; double-click or right-click it to add its policy to the list.</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; de %2 políticas están en la frontera, mostradas en los cuatro objetivos. Pase el ratón sobre un punto para ver sus palancas; haga doble clic o clic derecho para añadir su política a la lista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 policies are on the frontier (two of its four objectives are shown).</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; de %2 políticas están en la frontera de Pareto (se muestran dos de sus cuatro objetivos).</translation>
    </message>
    <message>
        <location filename="../src/app/frontierpanel.cpp" line="198"/>
        <source> Least bad within today&apos;s budget: expected net value &lt;b&gt;%1&lt;/b&gt; (90%: %2 to %3), P(net benefit &gt; 0) %4.</source>
        <translation> Menos mala dentro del presupuesto actual: valor neto esperado &lt;b&gt;%1&lt;/b&gt; (90%: de %2 a %3), P(beneficio neto &gt; 0) %4.</translation>
    </message>
    <message>
        <source> Least bad within today&apos;s budget: expected net value &lt;b&gt;$%1 bn&lt;/b&gt; (90%: %2 to %3), P(net benefit &gt; 0) %4%.</source>
        <translation type="vanished"> Menos mala dentro del presupuesto actual: valor neto esperado &lt;b&gt;$%1 mil millones&lt;/b&gt; (90%: de %2 a %3), P(beneficio neto &gt; 0) %4%.</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::HeadlineStrip</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2 to %3)&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2 a %3)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="100"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/headlinestrip.cpp" line="151"/>
        <source>Victimisations averted over %n year(s)</source>
        <translation>
            <numerusform>Victimizaciones evitadas en %n año</numerusform>
            <numerusform>Victimizaciones evitadas en %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Change in wellbeing-years lost</source>
        <translation type="vanished">Cambio en años de bienestar perdidos</translation>
    </message>
    <message>
        <source>Change in life-years lost (prison − homicide)</source>
        <translation type="vanished">Cambio en años de vida perdidos (prisión − homicidio)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (%4 to %5)&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (%4 a %5)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="152"/>
        <source>Wellbeing-years saved</source>
        <translation>Años de bienestar ganados</translation>
    </message>
    <message>
        <source>Life-years saved (homicides averted, less years lost in prison)</source>
        <translation type="vanished">Años de vida ganados (homicidios evitados, menos los años perdidos en prisión)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="156"/>
        <source>Change in taxpayers&apos; cost (discounted)</source>
        <translation>Cambio en el costo para los contribuyentes (descontado)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="158"/>
        <source>Net social value (your weights)</source>
        <translation>Valor social neto (según sus pesos)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="159"/>
        <source>P(net benefit &gt; 0)</source>
        <translation>P(beneficio neto &gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="110"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (median %4; %5 to %6)&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;%2 &lt;small&gt;± %3 (mediana %4; %5 a %6)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="80"/>
        <source>Average a year</source>
        <translation>Promedio anual</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="98"/>
        <source>Show each total over the horizon as its average a year</source>
        <translation>Mostrar cada total del horizonte como su promedio anual</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;± %2&lt;/small&gt;</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;± %2&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="68"/>
        <source>± %1 (median %2; %3 to %4)</source>
        <translation>± %1 (mediana %2; %3 a %4)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="127"/>
        <location filename="../src/app/headlinestrip.cpp" line="129"/>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/headlinestrip.cpp" line="150"/>
        <source>Victimisations averted a year (average of %n year(s))</source>
        <translation>
            <numerusform>Victimizaciones evitadas al año (promedio de %n año)</numerusform>
            <numerusform>Victimizaciones evitadas al año (promedio de %n años)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="152"/>
        <source>Wellbeing-years saved a year</source>
        <translation>Años de bienestar ganados al año</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="153"/>
        <source>Life-years saved a year (net of years lost in prison)</source>
        <translation>Años de vida ganados al año (menos los años perdidos en prisión)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="154"/>
        <source>Life-years saved (net of years lost in prison)</source>
        <translation>Años de vida ganados (menos los años perdidos en prisión)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="155"/>
        <source>Change in taxpayers&apos; cost a year (discounted)</source>
        <translation>Cambio anual en el costo para los contribuyentes (descontado)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="157"/>
        <source>Net social value a year (your weights)</source>
        <translation>Valor social neto anual (según sus pesos)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="160"/>
        <source>P(best of the options compared)</source>
        <translation>P(la mejor de las opciones comparadas)</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="184"/>
        <source>%1: the status quo, so there is no effect to estimate (n/a).</source>
        <translation>%1: la situación actual, así que no hay efecto que estimar (n/d).</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="188"/>
        <source>On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6).</source>
        <translation>En valor social neto, %1 supera a %2 en &lt;b&gt;%3&lt;/b&gt; de %4 simulaciones y pierde en %5 (empates: %6).</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="198"/>
        <source>The status quo is the best option in %1 of the draws.</source>
        <translation>El statu quo es la mejor opción en el %1 de las extracciones.</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="201"/>
        <source>Each figure: mean ± its Monte Carlo standard error, rounded to the digits that error allows, its median and the 90% interval in brackets.%1</source>
        <translation>Cada cifra: media ± su error estándar de Monte Carlo, redondeada a los dígitos que ese error permite, y entre paréntesis la mediana y el intervalo del 90 %.%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: the status quo, so there is no effect to estimate (n/a).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;%1: la situación actual, así que no hay efecto que estimar (n/d).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;En valor social neto, %1 supera a %2 en &lt;b&gt;%3&lt;/b&gt; de %4 simulaciones y pierde en %5 (empates: %6).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The status quo is the best option in %1 of the draws.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;El statu quo es la mejor opción en el %1 de las extracciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Each figure: mean ± its Monte Carlo standard error, rounded to the digits that error allows, and the 90% interval in brackets.%1&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;&lt;small&gt;Cada cifra: media ± su error estándar de Monte Carlo, redondeada a los dígitos que ese error permite, y entre paréntesis el intervalo del 90 %.%1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/headlinestrip.cpp" line="203"/>
        <source> * cannot be distinguished from zero at these draws.</source>
        <translation> * no se distingue de cero con estas simulaciones.</translation>
    </message>
    <message>
        <source>&lt;p&gt;On net social value, %1 beats %2 in &lt;b&gt;%3&lt;/b&gt; of %4 draws and loses in %5 (ties: %6). 90% intervals in brackets.&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;En valor social neto, %1 supera a %2 en el &lt;b&gt;%3&lt;/b&gt; de %4 extracciones y pierde en el %5 (empates: %6). Intervalos del 90% entre paréntesis.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::HeadlineTable</name>
    <message>
        <location filename="../src/app/headlinetable.cpp" line="38"/>
        <source>Headline figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <location filename="../src/app/headlinetable.cpp" line="244"/>
        <source>Copy the Table</source>
        <translation>Copiar la tabla</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="vanished">&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../src/app/backgroundjob.cpp" line="51"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::LeverPanel</name>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="163"/>
        <source>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&apos;color:gray&apos;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="166"/>
        <source>%1
Range %2 to %3 %4. The mark under the slider is the region&apos;s status quo.</source>
        <translation>%1
Rango de %2 a %3 %4. La marca bajo el control deslizante es el statu quo de la región.</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="225"/>
        <source>%1: %2 value</source>
        <translation>%1: valor de %2</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="186"/>
        <location filename="../src/app/leverpanel.cpp" line="259"/>
        <source>What&apos;s the evidence?</source>
        <translation>¿Qué evidencia hay?</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="120"/>
        <source>Sentencing</source>
        <translation>Condenas</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="122"/>
        <source>Conditions and contact</source>
        <translation>Condiciones y contacto</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="124"/>
        <source>Reentry</source>
        <translation>Reinserción</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="126"/>
        <source>Policing</source>
        <translation>Policía</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="128"/>
        <source>Pretrial detention</source>
        <translation>Prisión preventiva</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="130"/>
        <source>Capacity and facilities</source>
        <translation>Capacidad y centros</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="187"/>
        <source>What&apos;s the evidence for %1?</source>
        <translation>¿Qué evidencia hay sobre %1?</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="240"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The model acts through these parameters (Help &gt; How the Model Works):&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;El modelo actúa a través de estos parámetros (Ayuda &gt; Cómo funciona el modelo):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The model acts through these parameters (docs/MODEL.md):&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;El modelo actúa a través de estos parámetros (docs/MODEL.md):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>parameter</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../src/app/leverpanel.cpp" line="246"/>
        <source>source</source>
        <translation>fuente</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="128"/>
        <source>&amp;Over time</source>
        <translation>Ev&amp;olución</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="128"/>
        <source>&amp;Who gains, who pays</source>
        <translation>&amp;Quién gana, quién paga</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="129"/>
        <source>&amp;Net value</source>
        <translation>Valor &amp;neto</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="129"/>
        <source>&amp;Tornado</source>
        <translation>&amp;Diagrama de tornado</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="130"/>
        <source>&amp;Frontier</source>
        <translation>&amp;Frontera</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="130"/>
        <source>&amp;Regions</source>
        <translation>Re&amp;giones</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="131"/>
        <source>Per &amp;unit</source>
        <translation>Por &amp;unidad</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="132"/>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Policy A</source>
        <translation type="vanished">Política A</translation>
    </message>
    <message>
        <source>Policy B</source>
        <translation type="vanished">Política B</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="550"/>
        <source>Reset to status quo</source>
        <translation>Restablecer al statu quo</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="184"/>
        <source>At most %1 draws: %2 was taken as %1.</source>
        <translation>Como máximo %1 simulaciones: %2 se tomó como %1.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="131"/>
        <source>&amp;Decision</source>
        <translation>De&amp;cisión</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="255"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="256"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="279"/>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="280"/>
        <source>LeastBad scenarios (*.leastbad);;Policy files (*.json)</source>
        <translation>Escenarios de LeastBad (*.leastbad);;Archivos de política (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="307"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="309"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="316"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="317"/>
        <source>The language changes when LeastBad starts again.</source>
        <translation>El idioma cambiará cuando LeastBad se vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="320"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="322"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="323"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="324"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="345"/>
        <source>Validation: the model against published natural experiments and history</source>
        <translation>Validación: el modelo frente a experimentos naturales publicados y la historia</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="374"/>
        <source>%1 (US state)</source>
        <translation>%1 (estado de EE. UU.)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="383"/>
        <source>Latest data</source>
        <translation>Datos más recientes</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="385"/>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="392"/>
        <source>Cannot use this year</source>
        <translation>No se puede usar este año</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="402"/>
        <source>Cannot use this region</source>
        <translation>No se puede usar esta región</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="445"/>
        <source>As of %1. </source>
        <translation>A fecha de %1. </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="446"/>
        <source>As of %1 (%2 inputs have no value that early: their earliest is used). </source>
        <translation>A fecha de %1 (%2 datos no tienen un valor tan antiguo: se usa el más antiguo). </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="452"/>
        <source>Data year %1. Of %2 inputs: %3 fallback from a parent region, &lt;b&gt;%4 assumed&lt;/b&gt; from the United States, %5 derived. &lt;a href=&quot;#&quot;&gt;Details&lt;/a&gt;</source>
        <translation>Año de los datos %1. De %2 datos de entrada: %3 con valor de respaldo de una región superior, &lt;b&gt;%4 supuestos&lt;/b&gt; a partir de Estados Unidos, %5 derivados. &lt;a href=&quot;#&quot;&gt;Detalles&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="463"/>
        <source>Borrowed: %1</source>
        <translation>Tomados de otra región: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="495"/>
        <source>As of %1: each input takes its latest value at or before %1; a year marked * has no earlier value, so its earliest is used.</source>
        <translation>A fecha de %1: cada dato toma su último valor en %1 o antes; un año marcado con * no tiene un valor anterior, así que se usa el más antiguo.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="508"/>
        <source>Published figures the model does not take as inputs</source>
        <translation>Cifras publicadas que el modelo no usa como datos de entrada</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="511"/>
        <source>own</source>
        <translation>propio</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="512"/>
        <source>fallback: %1</source>
        <translation>valor de respaldo: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="514"/>
        <source>&lt;b&gt;assumption: %1 value&lt;/b&gt;</source>
        <translation>&lt;b&gt;supuesto: valor de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="515"/>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="527"/>
        <source>Inputs for %1</source>
        <translation>Datos de entrada de %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="593"/>
        <source>Added “%1” to your policies; %2 takes it out again.</source>
        <translation>Se añadió «%1» a sus políticas; %2 la quita de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="610"/>
        <source>Status quo</source>
        <translation>Statu quo</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="611"/>
        <source>Levers of %1</source>
        <translation>Palancas de %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="612"/>
        <source>The status quo&apos;s levers (read-only)</source>
        <translation>Palancas del statu quo (solo lectura)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="659"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="660"/>
        <source>%1[*] — %2 — LeastBad</source>
        <translation>%1[*] — %2 — LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="695"/>
        <source>%1: %2 draws in %3 ms</source>
        <translation>%1: %2 extracciones en %3 ms</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="717"/>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="719"/>
        <source>Opened with warnings</source>
        <translation>Abierto con advertencias</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="725"/>
        <source>Policy files (*.json)</source>
        <translation>Archivos de política (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="725"/>
        <source>Load Policy File</source>
        <translation>Cargar archivo de política</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="730"/>
        <source>Cannot load policy</source>
        <translation>No se puede cargar la política</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="741"/>
        <location filename="../src/app/mainwindow.cpp" line="767"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="744"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="759"/>
        <source>Save Scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="760"/>
        <source>LeastBad scenarios (*.leastbad)</source>
        <translation>Escenarios de LeastBad (*.leastbad)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="778"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="778"/>
        <source>The scenario has changes that are not saved. Save them?</source>
        <translation>El escenario tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="860"/>
        <source>LeastBad user guide</source>
        <translation>Guía del usuario de LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="342"/>
        <source>How the model works</source>
        <translation>Cómo funciona el modelo</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::PolicyList</name>
    <message>
        <location filename="../src/app/policylist.cpp" line="45"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="45"/>
        <source>Add a policy at the status quo</source>
        <translation>Añadir una política en el statu quo</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="46"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="46"/>
        <source>Add a copy of the selected policy</source>
        <translation>Añadir una copia de la política seleccionada</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="47"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="47"/>
        <source>Remove the selected policy</source>
        <translation>Eliminar la política seleccionada</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="48"/>
        <source>Move the selected policy up</source>
        <translation>Subir la política seleccionada</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="49"/>
        <source>Move the selected policy down</source>
        <translation>Bajar la política seleccionada</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="50"/>
        <source>Policies compared</source>
        <translation>Políticas comparadas</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="52"/>
        <source>Select a policy to edit its levers; double-click to rename it</source>
        <translation>Seleccione una política para editar sus palancas; doble clic para cambiarle el nombre</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="139"/>
        <source>Status quo (read-only)</source>
        <translation>Statu quo (solo lectura)</translation>
    </message>
    <message>
        <location filename="../src/app/policylist.cpp" line="140"/>
        <source>The region as it is: every policy is compared with it</source>
        <translation>La región tal como es: cada política se compara con ella</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::RegionsPanel</name>
    <message>
        <source>&amp;Apply policy A to every region</source>
        <translation type="vanished">Aplicar la política A a todas las re&amp;giones</translation>
    </message>
    <message>
        <source>Apply &amp;policy A to every region</source>
        <translation type="vanished">Aplicar la política A a cada re&amp;gión</translation>
    </message>
    <message>
        <source>Policy A is applied to each region as a change from that region&apos;s own status quo (docs/MODEL.md 10.8), on the same %1 draws, and the regions are ranked by net social value per resident.</source>
        <translation type="vanished">La política A se aplica a cada región como un cambio respecto al statu quo propio de esa región (docs/MODEL.md 10.8), con las mismas %1 extracciones, y las regiones se ordenan por valor social neto por habitante.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="50"/>
        <source>Apply the selected &amp;policy to every region</source>
        <translation>Aplicar la política seleccionada a cada re&amp;gión</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="58"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="58"/>
        <source>Net value per resident</source>
        <translation>Valor neto por habitante</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="59"/>
        <source>Net value (mean)</source>
        <translation>Valor neto (media)</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="59"/>
        <source>90% interval</source>
        <translation>Intervalo del 90%</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="59"/>
        <source>P(&gt; 0)</source>
        <translation>P(&gt; 0)</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="62"/>
        <source>Regions ranked by net value per resident</source>
        <translation>Regiones ordenadas por valor neto por habitante</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="88"/>
        <source>Cancelled: no ranking is shown.</source>
        <translation>Cancelado: no se muestra ninguna clasificación.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="122"/>
        <source>“%1” is applied to each region as a change from that region&apos;s own status quo (docs/MODEL.md 10.8), on the same %2 draws, and the regions are ranked by net social value per resident. Select another policy in the list to rank that one.</source>
        <translation>«%1» se aplica a cada región como un cambio respecto a su propio statu quo (docs/MODEL.md 10.8), con las mismas %2 extracciones, y las regiones se ordenan por valor social neto por habitante. Seleccione otra política en la lista para ordenar esa.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="162"/>
        <source>Out of date — run again. The region, the policy ranked or the weights changed since these regions were ranked.</source>
        <translation>Desactualizado: vuelva a ejecutar. La región, la política ordenada o los pesos cambiaron desde que se ordenaron estas regiones.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="173"/>
        <source>“%1” is the status quo: it changes nothing in any region, so there is nothing to rank. Move one of its levers first.</source>
        <translation>«%1» es el statu quo: no cambia nada en ninguna región, así que no hay nada que ordenar. Mueva primero una de sus palancas.</translation>
    </message>
    <message>
        <location filename="../src/app/regionspanel.cpp" line="219"/>
        <source>Net social value per resident of “%1” in each region (blue: gains; vermillion: losses; deeper = larger). Regions with many borrowed inputs (see Region) are less reliable. Select another policy in the list to rank that one.</source>
        <translation>Valor social neto por habitante de «%1» en cada región (azul: ganancias; bermellón: pérdidas; más intenso = mayor). Las regiones con muchas entradas prestadas (vea Región) son menos fiables. Seleccione otra política en la lista para ordenar esa.</translation>
    </message>
    <message>
        <source>Out of date — run again. The region, policy A or the weights changed since these regions were ranked.</source>
        <translation type="vanished">Desactualizado: vuelva a ejecutar. La región, la política A o los pesos cambiaron desde que se ordenaron estas regiones.</translation>
    </message>
    <message>
        <source>Policy A is the status quo: it changes nothing in any region, so there is nothing to rank. Move a lever of policy A first.</source>
        <translation type="vanished">La política A es el statu quo: no cambia nada en ninguna región, así que no hay nada que ordenar. Mueva primero una palanca de la política A.</translation>
    </message>
    <message>
        <source>Net social value per resident of policy A in each region (blue: gains; vermillion: losses; deeper = larger). Regions with many borrowed inputs (see Region) are less reliable.</source>
        <translation type="vanished">Valor social neto por habitante de la política A en cada región (azul: ganancias; bermellón: pérdidas; más intenso = mayor). Las regiones con muchos datos de entrada tomados de otras regiones (véase Región) son menos confiables.</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::ScenarioDocument</name>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="91"/>
        <location filename="../src/app/scenariodocument.cpp" line="238"/>
        <source>Policy A</source>
        <translation>Política A</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="91"/>
        <source>Policy B</source>
        <translation>Política B</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="114"/>
        <source>Change moral weights</source>
        <translation>cambio de los pesos morales</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="120"/>
        <source>Change draws</source>
        <translation>cambio del número de extracciones</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="127"/>
        <source>Reset %1 to the status quo</source>
        <translation>restablecimiento de %1 al statu quo</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="136"/>
        <source>Load %1</source>
        <translation>carga de %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="148"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="161"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="174"/>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="182"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="191"/>
        <source>Rename %1 to %2</source>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation type="vanished">copia de %1 en %2</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation type="vanished">Intercambiar %1 y %2</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="214"/>
        <source>Change region to %1</source>
        <translation>cambio de región a %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="215"/>
        <source>Use data as of %1</source>
        <translation>Usar datos a fecha de %1</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="216"/>
        <source>Use the latest data</source>
        <translation>Usar los datos más recientes</translation>
    </message>
    <message>
        <location filename="../src/app/scenariodocument.cpp" line="149"/>
        <location filename="../src/app/scenariodocument.cpp" line="150"/>
        <source>Policy %1</source>
        <translation>Política %1</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::WeightsPanel</name>
    <message>
        <source>What a year of wellbeing (a QALY) is worth to you. Default $150,000: health-technology thresholds of $100,000-150,000 per QALY (recalled; evidence.md 11).</source>
        <translation type="vanished">Lo que vale para usted un año de bienestar (un QALY). Por defecto, $150 000: umbrales de evaluación de tecnologías sanitarias de $100 000-150 000 por QALY (citado de memoria; evidence.md 11).</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="80"/>
        <source>What a year of life is worth. Default: the same as a wellbeing-year.</source>
        <translation>Lo que vale un año de vida. Por defecto: lo mismo que un año de bienestar.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="82"/>
        <source>Weight of incarcerated people&apos;s wellbeing and life-years.</source>
        <translation>Peso del bienestar y los años de vida de las personas privadas de libertad.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="84"/>
        <source>Weight of victims&apos; wellbeing and life-years.</source>
        <translation>Peso del bienestar y los años de vida de las víctimas.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="86"/>
        <source>Weight of prisoners&apos; children&apos;s wellbeing.</source>
        <translation>Peso del bienestar de los hijos e hijas de las personas presas.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="76"/>
        <source>What a year of wellbeing (a QALY) is worth to you. Default $150,000: the top of the $100,000-150,000 per QALY at which ICER sets its price benchmarks for health technologies in the US (as others summarise it; see docs/MODEL.md 10.5).</source>
        <translation>Lo que vale para usted un año de bienestar (un AVAC). Por defecto 150.000 $: el extremo superior de los 100.000-150.000 $ por AVAC con que ICER fija sus precios de referencia para tecnologías sanitarias en EE. UU. (según lo resumen otros; véase docs/MODEL.md 10.5).</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="89"/>
        <source>Discount rate per year. Default 3%: the lower of the two real rates (3% and 7%) of OMB Circular A-4 (2003); its 2023 revision lowers the default to 2%.</source>
        <translation>Tasa de descuento anual. Por defecto 3 %: la menor de las dos tasas reales (3 % y 7 %) de la Circular A-4 de la OMB (2003); su revisión de 2023 baja el valor por defecto al 2 %.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="93"/>
        <source>Excess burden of taxation: each tax dollar costs society this much more. Default 25% (OMB practice, as described by Conover 2010); 0 turns it off.</source>
        <translation>Exceso de carga fiscal: cada dólar de impuestos le cuesta a la sociedad esto de más. Por defecto 25% (práctica de la OMB, según Conover 2010); 0 lo desactiva.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="97"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="101"/>
        <source>Draws</source>
        <translation>Simulaciones</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="107"/>
        <source>Monte Carlo draws. More draws, steadier numbers, slower updates.</source>
        <translation>Extracciones de Monte Carlo. Más extracciones: cifras más estables, actualizaciones más lentas.</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="108"/>
        <source>$ per &amp;wellbeing-year</source>
        <translation>$ por año de &amp;bienestar</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="109"/>
        <source>$ per &amp;life-year</source>
        <translation>$ por año de v&amp;ida</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="110"/>
        <source>Weight: &amp;incarcerated</source>
        <translation>Peso: &amp;personas presas</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="111"/>
        <source>Weight: vi&amp;ctims</source>
        <translation>Peso: vícti&amp;mas</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="112"/>
        <source>Weight: f&amp;amilies</source>
        <translation>Peso: fami&amp;lias</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="115"/>
        <source>Hori&amp;zon</source>
        <translation>Hori&amp;zonte</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="116"/>
        <source>Draw&amp;s</source>
        <translation>&amp;Simulaciones</translation>
    </message>
    <message>
        <source>Weight: &amp;victims</source>
        <translation type="vanished">Peso: víctima&amp;s</translation>
    </message>
    <message>
        <source>Weight: &amp;families</source>
        <translation type="vanished">Peso: fami&amp;lias</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="113"/>
        <source>&amp;Discount rate</source>
        <translation>Tasa de des&amp;cuento</translation>
    </message>
    <message>
        <location filename="../src/app/weightspanel.cpp" line="114"/>
        <source>E&amp;xcess burden</source>
        <translation>E&amp;xceso de carga</translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation type="vanished">&amp;Horizonte</translation>
    </message>
    <message>
        <source>D&amp;raws</source>
        <translation type="vanished">E&amp;xtracciones</translation>
    </message>
</context>
<context>
    <name>leastbad::gui::WelcomeDialog</name>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="24"/>
        <source>Show this when LeastBad &amp;starts</source>
        <translation>Mostrar esto al &amp;iniciar LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="26"/>
        <source>Welcome to LeastBad</source>
        <translation>Bienvenido a LeastBad</translation>
    </message>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="29"/>
        <source>&lt;h3&gt;Welcome to LeastBad&lt;/h3&gt;&lt;p&gt;Move the levers of two prison policies, A and B, and see what each does to crime, suffering, life-years and money against the region&apos;s status quo, with the uncertainty of every figure.&lt;/p&gt;&lt;p&gt;Start from an example, or close this and move the sliders on the right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a LeastBad&lt;/h3&gt;&lt;p&gt;Mueva las palancas de dos políticas penitenciarias, A y B, y vea lo que cada una hace con el delito, el sufrimiento, los años de vida y el dinero frente a la situación actual de la región, con la incertidumbre de cada cifra.&lt;/p&gt;&lt;p&gt;Empiece con un ejemplo, o cierre esto y mueva los controles de la derecha.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/welcomedialog.cpp" line="48"/>
        <source>Read the &amp;user guide</source>
        <translation>Leer la &amp;guía del usuario</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="26"/>
        <source>Prison-policy cost-benefit calculator</source>
        <translation>Calculadora de costos y beneficios de políticas penitenciarias</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="31"/>
        <source>Language: en, nl or es (default: the system&apos;s).</source>
        <translation>Idioma: en, nl o es (por defecto: el del sistema).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>A scenario (.leastbad) to open, or a policy file (.json) to load into policy A.</source>
        <translation>Un escenario (.leastbad) que abrir o un archivo de política (.json) que cargar en la política A.</translation>
    </message>
</context>
</TS>
