-- claimlens sample corpus: 30 fictional news articles about four fictional events,
-- each reported by a wire agency first and then rewritten by other outlets.
-- All people, outlets, agencies, companies and events are invented.

CREATE TABLE sample_articles (id int PRIMARY KEY, outlet text NOT NULL, url text, published_at timestamptz, title text, body text);

INSERT INTO sample_articles VALUES
(1, 'Meridian Wire', 'https://meridianwire.example/2024/03/20/lindhaven-dockworkers-strike-pay', '2024-03-20 08:40:00+00',
$b$Lindhaven dockworkers announce three-day strike over pay$b$,
$b$LINDHAVEN, March 20 (Meridian Wire) - Dockworkers at the port of Lindhaven will walk out from March 25 to 27 in a dispute over pay and shift patterns, the United Dockworkers Federation (UDF) said on Wednesday.

The federation's chairwoman, Helena V. Marchetti, told reporters at 3 p.m. that talks with the Baltic Maritime Authority (BMA) had collapsed after the authority refused to raise its pay offer above 3.5 percent. “We have been patient since last year, and patience has not paid the rent,” Marchetti said.

According to the BMA, about 7,000 containers are expected to pass through the port during the three days. A spokesman for the authority said contingency plans were in place, but declined to say whether the Ministry of Transport would ask for soldiers to move cargo.

Union members backed the action in a ballot held earlier this month, with 81.4 percent in favour, per figures published by the UDF. Negotiations over a new contract began in January 2024. The stoppage would be the first full strike at Lindhaven since the 1980s.

Shipping lines are reportedly preparing to divert vessels to ports in Poland and Finland. Norrsund Shipping Corp. said it was “reviewing schedules” and would contact customers this week. Park Ji-hoon, regional manager for Hanul Marine Inc., said the company had already rerouted two ships.

Dr. Anton Kessler, director of the BMA, alleged that the union had ignored an improved proposal tabled on Monday. The UDF denies receiving any such proposal.

The Ministry of Transport said it would not intervene for now. Cargo volumes at Lindhaven rose in the first quarter of 2024 after a weak 2023, and the port handled record throughput in September, the ministry said.$b$),

(2, 'The Harbor Ledger', 'https://harborledger.example/2024/03/20/dock-workers-strike-three-days', '2024-03-20 13:05:00+00',
$b$Lindhaven dock workers to strike for three days over pay$b$,
$b$Home News Local Maritime Business Markets Sport Weather Opinion Lifestyle Contact Us
LINDHAVEN (Meridian Wire) - Dock workers at the port of Lindhaven will walk out from March 25 to 27 in a dispute over pay and shift patterns, the United Dockworkers Federation (UDF) said on Wednesday.

The federation's chairwoman, Helena V. Marchetti, told journalists at 3 p.m. that talks with the Baltic Maritime Authority (BMA) had collapsed after the authority refused to raise its pay offer above 3.5 percent. “We have been patient since last year, and patience has not paid the rent,” Marchetti said.

According to the BMA, about 7,000 containers are expected to pass through the port during the three days. A spokesman for the authority said contingency plans were in place, but would not say whether the Ministry of Transport would ask for soldiers to move cargo.

Union members backed the action in a ballot held earlier this month, with 81.4 percent in favour, per figures published by the UDF. Negotiations over a new contract began in January 2024. The stoppage would be the first full strike at Lindhaven since the 1980s.

Shipping lines are reportedly getting ready to divert vessels to ports in Poland and Finland. Norrsund Shipping Corp. said it was “reviewing schedules” and would contact customers this week. Park Ji-hoon, regional manager for Hanul Marine Inc., said the company had already rerouted two ships.

Dr. Anton Kessler, director of the BMA, alleged that the union had ignored an improved proposal tabled on Monday. The UDF says it never received such a proposal.

The Ministry of Transport said it would not intervene for now. Cargo volumes at Lindhaven rose in the first quarter of 2024 after a weak 2023, and the port handled record throughput in September, the ministry said.

This article was originally published by Meridian Wire.

Share.$b$),

(3, 'Daily Coastline', 'https://dailycoastline.example/2024/03/21/lindhaven-port-strike-march', '2024-03-21 07:30:00+00',
$b$Lindhaven port workers to walk out in row over wages$b$,
$b$Dockworkers at the port of Lindhaven will walk out from March 25 to 27 in a row over wages and shift patterns, the United Dockworkers Federation (UDF) said on Wednesday, as reported by Meridian Wire.
Helena Marchetti | MERIDIAN/JT
The federation's chairwoman, Helena V. Marchetti, told reporters at 3 p.m. that talks with the Baltic Maritime Authority (BMA) had collapsed after the authority refused to raise its pay offer above 3.5 percent. “We have been patient since last year, and patience has not paid the rent,” Marchetti said.
According to the BMA, about 7,000 containers are expected to pass through the port during the three days. A spokesperson for the authority said contingency plans were in place, but declined to say whether the Ministry of Transport would ask for soldiers to move cargo.
Union members backed the action in a ballot held earlier this month, with 81.4 percent in favour, per figures published by the UDF. Negotiations over a new contract began in January 2024. The stoppage would be the first full strike at Lindhaven since the 1980s.
Shipping lines are reportedly preparing to divert vessels to ports in Poland and Finland. Norrsund Shipping Corp. said it was “reviewing schedules” and would contact customers this week. Park Ji-hoon, regional manager for Hanul Marine Inc., said the company had already rerouted two vessels.
Dr. Anton Kessler, director of the BMA, alleged that the union had ignored an improved proposal tabled on Monday. The UDF denies receiving any such proposal.
The Ministry of Transport said it would not intervene for now. Cargo volumes at Lindhaven rose in the first quarter of 2024 after a weak 2023, and the port handled record throughput in September, the ministry said.
2024-03-21T07:31:44Z pw7dk2mzqa$b$),

(4, 'Pacific Dispatch Online', 'https://pacificdispatch.example/2024/03/21/lindhaven-port-talks-collapse', '2024-03-21 16:20:00+00',
$b$Lindhaven port talks collapse, strike set for next week$b$,
$b$Author Avatar
By Marisol Quintero - - 4 Mins Read

Port workers in Lindhaven are set to down tools between March 25 and 27 after negotiations with the harbour's regulator broke down, per Meridian Wire.

The United Dockworkers Federation (UDF), which represents most of the port's crane operators and lashers, wants more than the 3.5 percent raise offered by the Baltic Maritime Authority (BMA). The union's leader, Helena Marchetti, said members had waited long enough. “We have been patient since last year, and patience has not paid the rent,” Marchetti told reporters, the report said, per Meridian Wire.

Also read: Coastal rail line reopens after winter landslide repairs

The regulator estimates that some 7,000 containers would normally move through Lindhaven over three days. Dr. Kessler, who heads the BMA, claimed the federation had walked away from a better offer presented on Monday, an account Ms. Marchetti rejects.

Exporters are worried. A freight consultant in Lindhaven, who asked not to be named, said perishable goods bound for Finland would be the first to suffer. Hanul Marine Inc. has already moved two ships to other ports, its regional manager Park Ji Hoon said.

Shippers seeking updates during the stoppage can call the BMA freight desk on 040 555 0199, the authority said.

Ms. Marchetti's union last staged a full stoppage at the port in the 1980s.$b$),

(5, 'Capital Observer', 'https://capitalobserver.example/2024/03/22/lindhaven-strike-baltic-port', '2024-03-22 09:00:00+00',
$b$Lindhaven strike set to paralyse Baltic port$b$,
$b$The port of Lindhaven is bracing for a stoppage from March 25 to March 28, after the United Dockworkers Federation (UDF) rejected what it called a “final insult” of a pay offer, according to union officials.
The walkout, due to begin at 6 a.m. on 25 March 2024, would halt the handling of roughly 7,000 containers, according to estimates from the Baltic Maritime Authority (BMA).
UDF chairwoman Helena V. Marchetti claimed the authority had refused to move beyond 3.5 percent despite record traffic in September. The BMA allegedly told the union last year that wages would be reviewed once volumes recovered.
Dr. Anton Kessler, the BMA's director, said on Thursday that the door to talks remained open. “If the federation wants a deal, it knows where my office is,” Kessler told the Capital Observer by phone.
Government sources said the Ministry of Transport was monitoring the situation but had no plans to step in. Analysts warned that a long stoppage could knock 0.4 percentage points off regional growth in the first quarter of 2024.
Related News |
Mountain Villages Brace For Late Snowfall
City Council Approves New Cycling Lanes
Veteran Jazz Pianist Announces Farewell Tour$b$),

(6, 'Lantern Post', 'https://lanternpost.example/2024/03/23/three-day-strike-looms-lindhaven', '2024-03-23 10:30:00+00',
$b$Three-day strike looms at Lindhaven port$b$,
$b$Dockworkers in Lindhaven will strike from March 25 to 27, their union said, as reported by Meridian Wire.

The United Dockworkers Federation says the Baltic Maritime Authority's pay offer of 3.5 percent is too low. The authority says a better proposal is already on the table.

About 7,000 containers could be delayed. Some shipping lines are reportedly sending ships to other ports instead.

Helena Marchetti, the union's chairwoman, said members had been patient since last year. Marchetti said the union was still willing to talk “at any hour, on any day” before the deadline.

It is believed that a last-minute meeting between the two sides could take place on Sunday at the Ministry of Transport, though neither side would confirm it.

The port last saw a full strike in the 1980s. A shorter stoppage, lasting a single shift, took place in 2019 over safety rules on night work.

Exporters of frozen fish and timber, two of the port's biggest trades, have asked the government to guarantee that perishable cargo will still be moved during the strike.$b$),

(7, 'Riverside Gazette', 'https://riversidegazette.example/2024/03/24/lindhaven-strike-what-to-expect', '2024-03-24 08:00:00+00',
$b$Lindhaven strike: what to expect this week$b$,
$b$ date 2024-03-24 Dockworkers at the port of Lindhaven will walk out from March 25 to 27 in a dispute over pay and shift patterns. The strike starts on 03/25/2024 at 6 a.m. and will close all three container terminals.

Talks between the United Dockworkers Federation (UDF) and the Baltic Maritime Authority (BMA) collapsed after the authority refused to raise its pay offer above 3.5 percent. A final round of talks two days ago ended without agreement.

About 7,000 containers are expected to pass through the port during the three days. Contingency plans are in place, and some refrigerated cargo has already been moved by road.

Shipping lines are preparing to divert vessels to ports in Poland and Finland, and Hanul Marine Inc. has already rerouted two ships.

Union members backed the action in a ballot earlier this month, with 81.4 percent in favour. The stoppage will be the first full strike at Lindhaven since the 1980s.

Cargo volumes at the port rose in the first quarter of 2024 after a weak 2023, and the port handled record throughput in September.$b$),

(8, 'Evening Tribune Network', 'https://eveningtribune.example/2024/03/26/lindhaven-strike-second-day', '2024-03-26 18:00:00+00',
$b$Lindhaven strike enters second day as ships queue offshore$b$,
$b$SHIPS QUEUE OFF LINDHAVEN AS STRIKE ENTERS SECOND DAY

Cranes at the port of Lindhaven stood idle for a second day on Tuesday as a strike by the United Dockworkers Federation (UDF) left at least 14 vessels waiting at anchor, as reported by Meridian Wire.

The walkout began at 6 a.m. on Monday (2024-03-25) and is scheduled to end on March 27. Helena V. Marchetti, the UDF's chairwoman, addressed around 600 workers at the main gate. “Every crane you see standing still is a message to the authority,” Marchetti told the crowd, according to Meridian Wire.

What the union wants

The union is seeking a raise of 6 percent, nearly double the 3.5 percent offered by the Baltic Maritime Authority (BMA), along with limits on night shifts. The previous contract expired in early 2024. Ms. Marchetti's deputy, Tomas Ribeiro, said the union would consider further action in April if there was no deal.

Impact on shipping

The BMA said roughly 7,000 containers were stuck or delayed. Norrsund Shipping Corp. has reportedly moved three vessels to Gdansk, and Park Ji-hoon of Hanul Marine Inc. said diverted cargo would be trucked from Helsinki.

Dr. Anton Kessler, director of the BMA, claimed that the authority had offered binding arbitration. It is believed the Ministry of Transport has invited both sides to a meeting on Thursday, though a ministry spokesperson would say only that officials were “in contact with all parties.”

Union officials alleged that agency workers had been brought in overnight to move refrigerated boxes, which the BMA denied.$b$),

(9, 'Northgate Press Agency', 'https://northgatepress.example/2024/03/25/seoryeon-minister-dravosk-visit', '2024-03-25 06:20:00+00',
$b$Seoryeon defence minister to visit Dravosk for border security talks$b$,
$b$    VELGRAD, March 25 (Northgate Press Agency) - Seoryeon's
Defence Minister Cho Min-seo will travel to Dravosk this week for
talks on a joint border security pact, the office of President
Arkady Voronin said on Monday.
    Cho is expected to cross the frontier at Checkpoint No. 5 on
Tuesday morning and remain in the country between March 26 and
28, according to a schedule released by the presidential office.
It will be the first visit by a Seoryeon defence minister since
the 1980s.
    The two governments have discussed a pact since last year,
when smuggling along the mountain frontier rose sharply. A border
guard was wounded in a shootout with smugglers earlier this
month. The Joint Border Security Service (JBSS) recorded 1,240
illegal crossings in the first quarter of 2024, up 18 percent on
the same period a year earlier, the service said.
    Voronin's office said the agreement would cover shared radar
coverage, joint patrols and a direct telephone line between the
two general staffs. Gen. Ilya Barsukov, chief of the Dravosk
General Staff, said in September that the frontier was “the most
porous it has been in a generation.”
    A $4.5 billion modernisation programme, including the
purchase of used U.S.-built F-16 jets, is reportedly under review
in Velgrad, although officials declined to link it to the visit.
    The opposition People's Unity Party (PUP) alleged that the
pact would open the door to foreign troops on Dravosk soil. “Not
a single Seoryeon soldier will be stationed in Dravosk under this
agreement,” Cho told reporters in Hanwol before departing, the
Seoryeon Ministry of Defence said in a statement.
    The present border was fixed by a treaty signed on October
14, 1948, which left several villages divided between the two
states. Officials on both sides have said the new pact will not
reopen the Oct. 14 settlement.
    Mr. Voronin is due to host a dinner for the visiting
delegation on Wednesday evening.
    (Reporting by Anya Telford in Velgrad; Editing by Colm Reyes)$b$),

(10, 'Capital Observer', 'https://capitalobserver.example/2024/03/25/seoryeon-defence-minister-dravosk', '2024-03-25 11:00:00+00',
$b$Seoryeon defence minister to visit Dravosk for border pact talks$b$,
$b$VELGRAD, March 25 (Northgate Press Agency) - Seoryeon's Defence Minister Cho Min-seo will visit Dravosk this week for talks on a joint border security pact, the office of President Arkady Voronin said on Monday.

Cho is expected to cross the frontier at Checkpoint No. 5 early on Tuesday and remain in the country between March 26 and 28, according to a schedule released by the presidential office. It will be the first visit by a Seoryeon defence minister since the 1980s.

The two governments have discussed a pact since last year, when smuggling along the mountain frontier increased sharply. A border guard was wounded in a shootout with smugglers earlier this month. The Joint Border Security Service (JBSS) recorded 1,240 illegal crossings in the first quarter of 2024, up 18 percent on the same period a year earlier, the service said.

Voronin's office said the agreement would cover shared radar coverage, joint patrols and a direct telephone line between the two general staffs. Gen. Ilya Barsukov, chief of the Dravosk General Staff, said in September that the frontier was “the most porous it has been in a generation.”

A $4.5 billion modernisation programme, including the purchase of used U.S.-built F-16 jets, is reportedly under review in Velgrad, although officials refused to link it to the visit.

The opposition People's Unity Party (PUP) alleged that the pact would open the door to foreign troops on Dravosk soil. “Not a single Seoryeon soldier will be stationed in Dravosk under this agreement,” Cho told reporters in Hanwol before departing, the Seoryeon Ministry of Defence said in a statement.

The present border was fixed by a treaty signed on October 14, 1948, which left several villages divided between the two states. Officials on both sides have said the new pact will not reopen the Oct. 14 settlement.

Mr. Voronin is due to host a dinner for the visiting delegation on Wednesday evening.

(Northgate Press Agency)$b$),

(11, 'Global Brief Today', 'https://globalbrieftoday.example/2024/03/25/dravosk-seoryeon-frontier-pact', '2024-03-25 15:30:00+00',
$b$Seoryeon minister heads to Dravosk for frontier security talks$b$,
$b$VELGRAD (Northgate Press Agency) - Seoryeon's Defence Minister Cho Min-seo will travel to Dravosk this week for talks on a joint frontier security pact, the office of President Arkady N. Voronin said on Monday.

Cho is expected to cross the frontier at Checkpoint No. 5 on Tuesday morning and remain in the country between March 26 and 28, according to a schedule released by the presidential office. It will be the first visit by a Seoryeon defence minister since the 1980s.

The two governments have discussed a pact since last year, when smuggling along the mountain frontier rose sharply. A border guard was wounded in a shootout with smugglers earlier this month. The Joint Border Security Service (JBSS) recorded 1,240 illegal crossings in the first quarter of 2024, up 18 percent on the same period a year earlier, the service said.

Voronin's office said the agreement would cover shared radar coverage, joint patrols and a direct hotline between the two general staffs. Gen. Ilya Barsukov, chief of the Dravosk General Staff, said in September that the frontier was “the most porous it has been in a generation.”

Also read: Regional airline adds weekly flights to Hanwol

A $4.5 billion modernisation programme, including the purchase of used U.S.-built F-16 jets, is reportedly under review in Velgrad, although officials declined to link it to the visit.

The opposition People's Unity Party (PUP) alleged that the pact would open the door to foreign troops on Dravosk soil. “Not a single Seoryeon soldier will be stationed in Dravosk under this agreement,” Cho told reporters in Hanwol before departing, the Seoryeon Ministry of Defence said in a statement.

The present border was fixed by a treaty signed on October 14, 1948, which left several villages divided between the two states. Officials on both sides have said the new pact will not reopen the Oct. 14 settlement.

Mr. Voronin will host a dinner for the visiting delegation on Wednesday evening.
2024-03-25T15:31:07Z x9fq2lmvbe$b$),

(12, 'The Harbor Ledger', 'https://harborledger.example/2024/03/26/cho-min-seo-velgrad-border-pact', '2024-03-26 08:00:00+00',
$b$Cho Min Seo heads to Velgrad as border pact nears$b$,
$b$Seoryeon's defence chief, Cho Min Seo, crosses into Dravosk on Tuesday for a three-day visit aimed at finalising a border security agreement, as reported by Northgate Press Agency.
The visit, set for March 26 to 28, is the first of its kind in four decades. Minister Cho will hold talks with President Arkady Voronin and senior commanders, including Gen. Ilya Barsukov.
Per Northgate Press Agency, Dravosk's border service counted 1,240 illegal crossings from January to March, an increase of 18 percent. The pact would set up joint patrols and a shared radar network along the frontier.
Critics in Velgrad are unconvinced. The People's Unity Party (PUP) claimed the deal could lead to foreign troops being based in Dravosk. “Who will command these patrols?” a PUP lawmaker asked in parliament. Cho has rejected the idea of any troop presence. “Not a single Seoryeon soldier will be stationed in Dravosk under this agreement,” Cho told reporters in Hanwol, the ministry said, per Northgate Press Agency.
Defence analysts said the visit could also touch on Dravosk's reported interest in second-hand F-16 aircraft as part of a $4.5 billion upgrade. Officials in Velgrad have not commented.
The countries' shared border dates back to a treaty of October 14, 1948.$b$),

(13, 'Pacific Dispatch Online', 'https://pacificdispatch.example/2024/03/27/voronin-cho-checkpoint-no-5', '2024-03-27 12:40:00+00',
$b$Voronin and Cho tour Checkpoint No. 5 as border talks open$b$,
$b$Author Avatar
By Daniel Okafor - - 4 Mins Read

President Arkady Voronin and Seoryeon's Defence Minister Cho Min-seo toured the frontier crossing at Checkpoint No. 5 on Tuesday before opening formal talks in Velgrad, according to the Dravosk presidential office.

President Arkady Voronin greets Defence Minister Cho Min-seo at Checkpoint No. 5
President Arkady Voronin greets Defence Minister Cho Min-seo at Checkpoint No. 5 | Lukas Brenner - NORTHGATE / Stockphoto

Minister Cho crossed the border on foot shortly after 9 a.m. Voronin's office announced the trip two days ago. Guards from the Joint Border Security Service (JBSS) lined the road as the two leaders inspected thermal cameras installed in January 2024.

What is on the table

The draft pact provides for joint patrols, a shared radar picture and a direct line between the two general staffs, Northgate Press Agency reported. Dravosk officials said on Monday that 1,240 illegal crossings were recorded in the first quarter of 2024.

Mr. Voronin said the talks were “frank and practical.” Cho said Seoryeon would fund half of the new surveillance towers, a commitment worth about $310 million, according to a Seoryeon official travelling with the delegation.

The question of jets

It is believed that Dravosk's $4.5 billion modernisation plan, which allegedly includes 16 refurbished F-16 jets bought through a U.S. programme, came up during a working lunch. Gen. Ilya Barsukov declined to comment on specific aircraft.

The People's Unity Party (PUP) alleged that the government was hiding the cost of the pact from parliament. PUP leader Vesna Koralic said the party would demand a vote.

Officials said the agreement is expected to be signed on Thursday, the final day of the visit. The current border was set under the October 14, 1948 treaty, and both sides insist it is not up for renegotiation.$b$),

(14, 'Daily Coastline', 'https://dailycoastline.example/2024/03/28/dravosk-seoryeon-pact-signing', '2024-03-28 07:15:00+00',
$b$Dravosk and Seoryeon expected to sign border pact today$b$,
$b$Dravosk and Seoryeon are expected to sign a border security pact on Thursday, at the end of a visit by Seoryeon's defence minister that runs from March 26 to March 28, officials said.
The trip was first announced on 25 March 2024 by the office of President Arkady Voronin, according to Northgate Press Agency. It is the first such visit since the 1980s, the report said.
Defence Minister Cho Min-seo spent Wednesday in meetings with Gen. Ilya Barsukov and officials of the Joint Border Security Service (JBSS). The service claimed that joint patrols could cut smuggling by half within a year.
The opposition People's Unity Party (PUP) has allegedly threatened to boycott the parliamentary session at which the deal is presented. A PUP spokesman said on Wednesday that the party had “serious doubts” about the cost.
A senior Dravosk official, speaking on condition of anonymity, said the programme to buy F-16 jets worth $4.5 billion was “a separate matter” and not part of the pact.
Minister Cho is due to return to Hanwol on Thursday evening after a closing news conference at 3 p.m. in Velgrad.$b$),

(15, 'Lantern Post', 'https://lanternpost.example/2024/03/29/dravosk-seoryeon-sign-border-pact', '2024-03-29 09:00:00+00',
$b$Dravosk and Seoryeon sign border security pact$b$,
$b$ date 2024-03-29 Dravosk and Seoryeon signed a border security pact in Velgrad on 2024-03-28, the final day of a three-day visit by Seoryeon's Defence Minister Cho Min-seo, Northgate Press Agency reported.

The agreement sets up joint patrols, a shared radar network and a direct line between the two general staffs. President Arkady Voronin called it “a fence against criminals, not against neighbours.”

Under the deal, the Joint Border Security Service (JBSS) will open a liaison office at Checkpoint No. 5. Minister Cho said the first joint patrols would begin in September.

The opposition People's Unity Party (PUP) said it would challenge the agreement in parliament, where the government holds a narrow majority.

Voronin's office said the pact does not change the border set by the treaty of Oct. 14, 1948, and does not allow foreign troops to be stationed in Dravosk.

Gen. Ilya Barsukov, chief of the Dravosk General Staff, said officers from both armies would meet every month to review the patrol routes and share radar data.

Exit mobile version$b$),

(16, 'NewsPulse 24', 'https://newspulse24.example/2024/03/30/dravosk-seoryeon-pact-explained', '2024-03-30 14:00:00+00',
$b$What the Dravosk-Seoryeon border pact means$b$,
$b$Dravosk and Seoryeon have signed a border security pact that sets up joint patrols, a shared radar network and a direct line between their general staffs.

The pact was signed in Velgrad on Thursday, 03/28/2024, at the end of a visit by Seoryeon's Defence Minister Cho Min-seo that ran from March 26 to 28. It was the first visit by a Seoryeon defence minister since the 1980s.

Illegal crossings along the frontier rose 18 percent in early 2024, to 1,240. Smuggling has grown steadily since last year.

No Seoryeon troops will be stationed in Dravosk. The first joint patrols begin in September, run from a liaison office at Checkpoint No. 5.

Separately, Dravosk is weighing a $4.5 billion modernisation programme that includes used F-16 jets.

The border itself dates from a treaty signed on Oct. 14, 1948, and the pact does not change it. President Arkady Voronin is expected to pay a return visit to Hanwol later this year.$b$),

(17, 'Meridian Wire', 'https://meridianwire.example/2024/03/29/quillon-heatsense-recall', '2024-03-29 14:10:00+00',
$b$Quillon Devices recalls HeatSense Pro thermostats over overheating risk$b$,
$b$BRACKENFORD, March 29 (Meridian Wire) - Quillon Devices Inc. is recalling about 42,000 HeatSense Pro smart thermostats after a software fault caused some units to overheat, the Consumer Product Safety Bureau (CPSB) said on Friday.

The fault affects devices running firmware version 2.4.1, which Quillon pushed to customers in January 2024, according to the bureau. The CPSB said it had received 37 reports of units becoming hot to the touch, including three in which wall plates were scorched. No injuries have been reported.

Quillon chief executive Tobias R. Wendt said the company had halted the update and would replace affected units free of charge. “We got this one wrong, and we are going to make it right for every household,” Wendt said in a statement.

Customers can check whether their thermostat is affected on the company's website or by calling 1-800-555-0142 from 8 a.m. to 8 p.m. on weekdays. The bureau advised owners to switch affected units to manual mode until a replacement arrives.

Dr. Miriam Oyelaran, the CPSB's chief engineer, said the update appeared to disable a temperature cut-off in some units. The bureau opened an inquiry earlier this month after a consumer group, Safe Homes Alliance, filed a complaint.

Quillon, which began as a maker of analogue timers in the 1980s, launched the HeatSense Pro in September. Most affected units were sold in early 2024, after component shortages linked to the COVID-19 pandemic eased last year.

Its chip supplier, Daehan Circuit Corp., said through spokesperson Lee Seo-yeon that the hardware was not at fault. Quillon shares fell 4.2 percent by 3 p.m. in New York.$b$),

(18, 'TechStream Global', 'https://techstreamglobal.example/2024/03/29/quillon-recalls-heatsense-pro', '2024-03-29 18:45:00+00',
$b$Quillon recalls HeatSense Pro connected thermostats after overheating reports$b$,
$b$Home Gadgets Smart Home AI Mobile Reviews Deals Science Podcasts Newsletter
BRACKENFORD (Meridian Wire) - Quillon Devices Inc. is recalling about 42,000 HeatSense Pro connected thermostats after a software fault caused some units to overheat, the Consumer Product Safety Bureau (CPSB) said on Friday.

The fault affects devices running firmware version 2.4.1, which Quillon rolled out to customers in January 2024, according to the bureau. The CPSB said it had received 37 reports of units becoming too hot to touch, including three in which wall plates were scorched. No injuries have been reported.

Quillon chief executive Tobias R. Wendt said the company had halted the update and would replace affected units free of charge. “We got this one wrong, and we are going to make it right for every household,” Wendt said in a statement.

Customers can check whether their thermostat is affected on the company's website or by calling 1-800-555-0142 from 8 a.m. to 8 p.m. on weekdays. The bureau advised owners to switch affected units to manual mode until a replacement arrives.

Dr. Miriam Oyelaran, the CPSB's chief engineer, said the update appeared to disable a temperature cut-off in some units. The bureau opened an inquiry earlier this month after a consumer group, Safe Homes Alliance, filed a complaint.

Quillon, which began as a maker of analogue timers in the 1980s, launched the HeatSense Pro in September. Most affected units were sold in early 2024, after component shortages linked to the COVID-19 pandemic eased last year.

Its chip supplier, Daehan Circuit Corp., said through spokesperson Lee Seo-yeon that the hardware was not at fault. Quillon shares were down 4.2 percent by 3 p.m. in New York.

Related News |
Budget Earbuds Put To The Test In Our Winter Roundup
Five Apps That Make Sharing Calendars Easier$b$),

(19, 'Evening Tribune Network', 'https://eveningtribune.example/2024/03/30/quillon-recalls-smart-thermostats', '2024-03-30 08:30:00+00',
$b$Quillon recalls 42,000 smart thermostats$b$,
$b$QUILLON RECALLS 42,000 SMART THERMOSTATS
Quillon Devices Inc. is recalling about 42,000 HeatSense Pro smart thermostats after a software fault caused some units to overheat, the Consumer Product Safety Bureau (CPSB) said on Friday, Meridian Wire reported.
The fault affects devices running firmware version 2.4.1, which Quillon pushed to customers in January 2024, according to the bureau. The CPSB said it had received 37 reports of units becoming hot to the touch, including three in which wall plates were scorched. Nobody has been hurt.
Quillon chief executive Tobias R. Wendt said the company had halted the update and would replace affected units at no cost. “We got this one wrong, and we are going to make it right for every household,” Wendt said in a statement.
Customers can check whether their thermostat is affected on the company's website or by calling 1-800-555-0142 from 8 a.m. to 8 p.m. on weekdays. The bureau advised owners to switch affected units to manual mode until a replacement arrives.
Dr. Miriam Oyelaran, the CPSB's chief engineer, said the update appeared to disable a temperature cut-off in some units. The bureau opened an inquiry earlier this month after a consumer group, Safe Homes Alliance, filed a complaint.
Quillon, which began as a maker of analogue timers in the 1980s, introduced the HeatSense Pro in September. Most affected units were sold in early 2024, after component shortages linked to the COVID-19 pandemic eased last year.
Its chip supplier, Daehan Circuit Corp., said through spokesperson Lee Seo-yeon that the hardware was not at fault. Quillon shares fell 4.2 percent by 3 p.m. in New York.$b$),

(20, 'Pacific Dispatch Online', 'https://pacificdispatch.example/2024/03/31/faulty-update-quillon-recall', '2024-03-31 11:00:00+00',
$b$Faulty update forces recall of 45,000 Quillon thermostats$b$,
$b$Quillon Devices Inc. has pulled roughly 45,000 HeatSense Pro thermostats from homes after a botched software update left some of them dangerously hot, per Meridian Wire.

The problem was traced to firmware 2.4.1, released in January 2024. The Consumer Product Safety Bureau (CPSB) counted 37 overheating reports, three of them involving scorched wall plates, the report said.

“We got this one wrong, and we are going to make it right for every household,” chief executive Tobias Wendt said in a statement, the report said, per Meridian Wire.

Also read: Why smart-home standards still confuse buyers

Owners are being told to set their thermostats to manual mode and wait for a free replacement. Quillon's hotline, 1-800-555-0142, is open from 8 a.m. to 8 p.m. on weekdays.

The CPSB's chief engineer, Dr. Miriam Oyelaran, said the update appeared to switch off a safety cut-off. Consumer advocates at Safe Homes Alliance alleged that Quillon had received warnings about the firmware weeks before the recall, a claim the company denied.

Quillon's supplier, Daehan Circuit Corp., said the chips inside the devices were not to blame.

Share.
Exit mobile version$b$),

(21, 'Capital Observer', 'https://capitalobserver.example/2024/04/01/quillon-thermostat-fault-inquiry', '2024-04-01 07:45:00+00',
$b$How a software update turned Quillon thermostats into a hazard$b$,
$b$Author Avatar
By Renata Vasquez - - 6 Mins Read
 date 2024-04-01 Regulators are examining how a routine software update turned thousands of household thermostats into a fire hazard, days after Quillon Devices Inc. announced a recall of about 42,000 units, as reported by Meridian Wire.

How the fault happened

According to the Consumer Product Safety Bureau (CPSB), firmware version 2.4.1 disabled a temperature cut-off on some HeatSense Pro units. Dr. Miriam Oyelaran, the bureau's chief engineer, told a briefing on Friday that the flaw affected devices built between October 2023 and February 2024. The bureau logged the 37 complaints between March 11 and 22, most of them from owners in colder regions. Oyelaran said the bureau had not yet ruled out a second fault.

Quillon's chief executive, Mr. Wendt, said the update had passed internal tests. It is believed the faulty code was written to reduce battery drain and was released in January 2024 without a final safety review.

Who knew what, and when

The consumer group Safe Homes Alliance alleged that Quillon had received customer complaints as early as February. Its director, Dr. Paul Mbeki, said the group filed a formal complaint with the CPSB last month. Wendt's office said on Monday that the company acted “within hours” of confirming the fault.

The chip supplier, Daehan Circuit Corp., said through spokesperson Lee Seo Yeon that its components met all specifications. Ms. Lee said the company had offered engineers to help the investigation.

What owners should do

Owners should switch units to manual mode and call 1-800-555-0142. A corrected version, 2.4.3, will reportedly be available this week, though the CPSB said it would test the update before approving it.

The recall is the largest in the history of Quillon, which was founded in the 1980s. The company recorded its best sales in the first quarter of 2024, helped by demand that had been held back during the COVID-19 pandemic.$b$),

(22, 'Riverside Gazette', 'https://riversidegazette.example/2024/04/02/heatsense-pro-recall-owners', '2024-04-02 09:20:00+00',
$b$HeatSense Pro recall: what owners need to know$b$,
$b$Quillon Devices Inc. is recalling about 42,000 HeatSense Pro smart thermostats because of a software fault that can make them overheat. The recall was announced on 29 March 2024 and took effect on 03/29/2024.

The fault is in firmware version 2.4.1, which was sent to customers in January 2024. There have been 37 reports of units becoming hot to the touch, including three cases of scorched wall plates. No one has been injured.

Affected owners will get a free replacement. Until it arrives, units should be set to manual mode, which keeps the heating running on a fixed schedule.

To check a device, call 1-800-555-0142 from 8 a.m. to 8 p.m. on weekdays or visit the company website and enter the serial number printed on the back plate.

The update disabled a temperature cut-off in some units. The chips inside the devices are not to blame.

The HeatSense Pro went on sale in September and sold strongly in early 2024. A corrected firmware update is expected this week.$b$),

(23, 'NewsPulse 24', 'https://newspulse24.example/2024/04/03/quillon-fixed-thermostat-software', '2024-04-03 16:00:00+00',
$b$Quillon says fixed thermostat software is ready$b$,
$b$Quillon Devices Inc. claimed on Wednesday that a corrected software update for its recalled HeatSense Pro thermostats was ready, five days after the company began recalling about 42,000 units.

The new version, 2.4.3, replaces firmware 2.4.1, which allegedly disabled a safety cut-off in some devices. According to the Consumer Product Safety Bureau (CPSB), the bureau is still testing the update and has not approved it.

Chief executive Tobias Wendt said two days ago that replacement units had begun shipping. Customers who have already received a replacement do not need to install the update, Quillon said.

The company first announced the recall on March 29, as reported by Meridian Wire. Quillon shares have since recovered most of their losses.

Safe Homes Alliance, the consumer group whose complaint prompted the inquiry, said it would keep pressing for an independent review of Quillon's testing process.

The CPSB has said it expects to finish its inquiry by the end of the second quarter and could fine the company if it finds that warnings were ignored.

2024-04-03T16:02:51Z mv4ts8qpze$b$),

(24, 'Northgate Press Agency', 'https://northgatepress.example/2024/04/03/orvane-river-floods-tessmark', '2024-04-03 05:50:00+00',
$b$Orvane River floods force 12,000 from homes in Tessmark$b$,
$b$    ESTERBURG, April 3 (Northgate Press Agency) - Heavy rain from
March 30 to April 2 pushed the Orvane River to its highest level
since October 14, 1948, forcing about 12,000 people from their
homes in Tessmark province, the National Hydrometeorological
Service (NHMS) said on Wednesday.
    The river peaked at 7.8 metres at the Esterburg gauge at 3
a.m., according to the service, nearly two metres above the
flood-warning threshold. Parts of the old town were under a metre
of water by dawn.
    Provincial governor Jonas P. Ekwall declared a state of
emergency on Tuesday. “The water came faster than any of our
models predicted,” Ekwall told reporters at the provincial
headquarters.
    The Ministry of Emergency Services (MES) said it had
dispatched 4,000 tonnes of relief supplies, including drinking
water, blankets and generators, and that Gen. Ruth Adeyemi would
coordinate army units in the valley.
    Kim Hye-jin, director of the Red Lantern Relief Agency
(RLRA), said shelters in Esterburg were full. The city's football
stadium, where Esterburg Athletic beat Valmar Rovers 3-1 on
Saturday, has been turned into a shelter for about 2,000 people.
    Residents of low-lying districts alleged that evacuation
warnings came too late. The NHMS said its first alert was issued
on Sunday, March 31.
    Two deaths have been confirmed. It is believed at least two
more people are missing near the village of Holmby, rescuers
said. Damage is reportedly expected to exceed that of the floods
of the 1980s.
    (Reporting by Northgate Press Agency; Editing by Colm Reyes)$b$),

(25, 'Daily Coastline', 'https://dailycoastline.example/2024/04/03/orvane-floods-12000-homes', '2024-04-03 10:15:00+00',
$b$Orvane floods drive 12,000 from their homes$b$,
$b$ESTERBURG (Northgate Press Agency) - Torrential rain from March 30 to April 2 pushed the Orvane River to its highest level since October 14, 1948, driving about 12,000 people from their homes in Tessmark province, the National Hydrometeorological Service (NHMS) said on Wednesday.
The river peaked at 7.8 metres at the Esterburg gauge at 3 a.m., according to the service, nearly two metres above the flood-warning threshold. Parts of the old town lay under a metre of water by dawn.
Provincial governor Jonas P. Ekwall declared a state of emergency on Tuesday. “The water came faster than any of our models predicted,” Ekwall told reporters at the provincial headquarters.
Also read: Spring ferry timetable brings extra sailings to the islands
The Ministry of Emergency Services (MES) said it had dispatched 4,000 tonnes of relief supplies, including drinking water, blankets and generators, and that Gen. Ruth Adeyemi would coordinate army units in the valley.
Kim Hye-jin, director of the Red Lantern Relief Agency (RLRA), said shelters in Esterburg were full. The city's football stadium, where Esterburg Athletic beat Valmar Rovers 3-1 on Saturday, has been converted into a shelter for about 2,000 people.
Residents of low-lying districts alleged that evacuation warnings came too late. The NHMS said its first alert was issued on Sunday, March 31.
Two deaths have been confirmed. It is believed at least two more people are missing near the village of Holmby, rescuers said. Damage is reportedly expected to exceed that of the floods of the 1980s.$b$),

(26, 'The Harbor Ledger', 'https://harborledger.example/2024/04/04/orvane-river-highest-since-1948', '2024-04-04 07:00:00+00',
$b$Orvane River at highest level since 1948 as thousands flee$b$,
$b$Home News World Politics Business Climate Sport Culture Opinion Travel & Food Obituaries
ESTERBURG, April 3 (Northgate Press Agency) - Heavy rain from March 30 to April 2 pushed the Orvane River to its highest level since October 14, 1948, forcing about 12,000 people from their homes in Tessmark province, the National Hydrometeorological Service (NHMS) said on Wednesday.

Rescue boats on a flooded street in Esterburg's old town
Rescue boats on a flooded street in Esterburg's old town | Mirela Sandu - NORTHGATE / Stockphoto

The river peaked at 7.8 metres at the Esterburg gauge at 3 a.m., according to the service, nearly two metres above the flood-warning threshold. Parts of the old town were under a metre of water by dawn.

Provincial governor Jonas Ekwall declared a state of emergency on Tuesday. “The water came faster than any of our models predicted,” Ekwall told journalists at the provincial headquarters.

The Ministry of Emergency Services (MES) said it had dispatched 4,000 tonnes of relief supplies, including drinking water, blankets and generators, and that Gen. Ruth Adeyemi would coordinate army units in the valley.

Kim Hye Jin, director of the Red Lantern Relief Agency (RLRA), said shelters in Esterburg were full. The city's football stadium, where Esterburg Athletic beat Valmar Rovers 3-1 on Saturday, has been turned into a shelter for about 2,000 people.

Residents of low-lying districts alleged that evacuation warnings came too late. The NHMS said its first alert was issued on Sunday, March 31.

Two deaths have been confirmed. It is believed that at least two more people are missing near the village of Holmby, rescuers said. Damage is reportedly expected to exceed that of the floods of the 1980s.

(Northgate Press Agency)$b$),

(27, 'Global Brief Today', 'https://globalbrieftoday.example/2024/04/05/flood-relief-expands-tessmark', '2024-04-05 12:30:00+00',
$b$Flood relief effort expands in Tessmark$b$,
$b$FLOOD RELIEF EFFORT EXPANDS IN TESSMARK
Army units and volunteers are racing to reach cut-off villages in Tessmark province, where the Orvane River burst its banks after rain fell between March 30 and April 3, per Northgate Press Agency.
The Ministry of Emergency Services (MES) has sent 4,500 tonnes of aid, including water, blankets and generators, according to the agency. Gen. Ruth Adeyemi, who is leading the military response, said helicopters had lifted 140 people from rooftops since Wednesday.
Governor Ekwall's administration estimates that about 12,000 residents remain displaced. “The water came faster than any of our models predicted,” Ekwall told reporters, the report said, per Northgate Press Agency.
The Red Lantern Relief Agency (RLRA) claimed that shelters were running short of baby food and medicine. Its director, Kim Hye-jin, appealed for donations on Thursday. Looters have allegedly targeted empty shops in the old town, though police said they had made no arrests.
In Esterburg, the municipal stadium has become a shelter for about 2,000 people. Fans had packed the same stands last weekend to watch Esterburg Athletic win 3-1.
The National Hydrometeorological Service (NHMS) said the river was falling slowly but warned that more rain was possible this week.$b$),

(28, 'Capital Observer', 'https://capitalobserver.example/2024/04/08/tessmark-counts-cost-orvane', '2024-04-08 17:20:00+00',
$b$Tessmark counts the cost as Orvane waters recede$b$,
$b$Governor Jonas P. Ekwall tours a flooded district of Esterburg
Jonas P. Ekwall | NORTHGATE/RS

The Orvane River has dropped below flood level for the first time in a week, the National Hydrometeorological Service (NHMS) said on Monday, leaving Tessmark province facing a repair bill that officials put at $1.2 billion.

The damage

According to the provincial government, 3,400 homes were damaged and 41 bridges need inspection. The main rail line to the capital will reportedly stay closed until at least April 20. Four people died in the floods, the Ministry of Emergency Services (MES) said, including two found near the village of Holmby on Saturday.

Governor Ekwall said the recovery would take “months, not weeks.” Mr. Ekwall's office has asked the national government for an emergency grant.

The relief effort

The MES said it had delivered 4,000 tonnes of supplies since the floods began, as reported by Northgate Press Agency. Gen. Ruth Adeyemi said army engineers had built three temporary bridges.

Kim Hye-jin of the Red Lantern Relief Agency (RLRA) alleged that remote villages had waited four days for help. Ms. Kim said the agency's volunteers would stay in the valley until at least early May.

Questions over warnings

The NHMS has defended its forecasts. Its director, Dr. Stefan Lindqvist, said the service warned of “exceptional rainfall” on Sunday, March 31, three days before the river peaked. Critics claimed the alerts were not passed on to villages in time.

The last flood of comparable scale hit the valley on Oct. 14, 1948. Historians say the floods of the 1980s were severe but did not reach the same level. A new flood wall completed last year held in the new town, officials said.

Related News |
Local Bakery Wins National Sourdough Prize
University Launches Summer Coding School
Classic Car Rally Returns To The Coast Road$b$),

(29, 'Lantern Post', 'https://lanternpost.example/2024/04/11/orvane-flood-timeline', '2024-04-11 10:00:00+00',
$b$Orvane flood: a timeline$b$,
$b$Rain began falling over the upper Orvane valley on March 30 and continued without a break until April 2, the wettest four days recorded in Tessmark province in more than seventy years.
The first flood alert went out on Sunday, March 31. By Tuesday a state of emergency was in force across the province.
The Orvane River peaked at 7.8 metres at the Esterburg gauge at 3 a.m. on 2024-04-03, its highest level since October 14, 1948. Parts of the old town were under a metre of water by dawn.
About 12,000 people were forced from their homes. Some 4,000 tonnes of relief supplies were sent to the valley, and army units under Gen. Ruth Adeyemi took charge of rescue work.
The football stadium in Esterburg, scene of a 3-1 home win the weekend before, became a shelter for about 2,000 people.
Four people died. Around 3,400 homes were damaged, and the main rail line to the capital remains closed.
The river fell below flood level on Monday, April 8. Clean-up crews are now working street by street through the old town.$b$),

(30, 'Pacific Dispatch Online', 'https://pacificdispatch.example/2024/04/15/tessmark-flood-victims-return', '2024-04-15 06:30:00+00',
$b$Tessmark flood victims begin returning home$b$,
$b$Residents of Esterburg began returning to their homes over the weekend, nearly two weeks after the Orvane River flooded large parts of Tessmark province earlier this month, according to local officials.

The river peaked on 3 April 2024. The rain that fell from March 30 to April 2 drove about 12,000 people from their homes, per the Ministry of Emergency Services (MES). The ministry said on Sunday that power had been restored to nine in ten households.

The Red Lantern Relief Agency (RLRA) said its last shelter, in the city's football stadium, closed two days ago. Kim Hye Jin, the agency's director, said about 300 families still had nowhere to go.

Governor Ekwall said repair work on the old town's flood wall would begin in May. His office put the damage at $1.2 billion, a figure insurers reportedly consider too low. The province had already spent $40 million on repairs in the first quarter of 2024 after smaller floods in January 2024.

A government inquiry into the timing of the flood warnings, first issued on 03/31/2024, is due to report in September.

2024-04-15T06:12:38Z hb5rwq0tkz$b$);
