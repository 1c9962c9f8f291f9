from common import it, N, X

ITEMS = [
# ---------------------------------------------------------------- moves
it("Grave visits to Russian-held isles restored; first group to land on Shibotsu in May",
   "Visits by former Japanese residents to family graves on the Russian-controlled islands off Hokkaido were restored "
   "as an annual programme under a Russian government order dated March 14, 2025, Japan's Foreign Ministry said, "
   "ending a suspension that began with the COVID-19 pandemic in 2020 and hardened after the invasion of Ukraine.",
   "The first group of 25 former islanders and relatives is due to cross from Nemuro to the cemetery on Shibotsu, one "
   "of the Habomai islets, in late May, with trips to Kunashir and Iturup planned for July and August, the ministry said.",
   N, ("grave_visits", "resumed"), "move_passive_agent_in_phrase",
   "Grave visits are not covered by the seeds; per the item they had been suspended since 2020, and a Russian government "
   "order of March 2025 restores them as an annual programme (not a one-off) with dated trips - resumed. The act is told "
   "in the passive, the agent hidden in a prepositional phrase."),

it("Rausu pollock fleet stays in port as Moscow suspends 1998 fishing deal",
   "For nearly three decades the pollock boats of Rausu have worked the waters off Kunashir under a 1998 "
   "intergovernmental agreement that kept operating even after Russia's invasion of Ukraine, and on the morning of "
   "Aug. 4, 2026 the harbour was full of them.",
   "Russia's Federal Security Service notified the Fisheries Agency on Aug. 3 that operations under the agreement were "
   "suspended 'until further notice', citing what it called repeated violations of catch-reporting rules, Hokkaido "
   "officials said; about 30 boats are affected.",
   N, ("fishing", "halted"), "move_in_second_sentence_after_scene_lead",
   "Fishing is not covered by the seeds; per the item fishing under the 1998 agreement had continued, and in August 2026 "
   "Russia suspends it until further notice - halted. The lead is only scene-setting; the act comes in the second "
   "sentence, in the passive."),

it("Moscow declares joint economic activity accord with Tokyo terminated",
   "Russia, which pulled out of talks with Japan on joint economic activities on the southern Kuril islands in March "
   "2022, handed the Japanese embassy in Moscow a note on Oct. 17, 2024 announcing the termination of the 2016 "
   "arrangement between the two countries' leaders that had set up the projects, the Foreign Ministry in Tokyo said.",
   "The note said the five pilot projects, including greenhouse farming, sea urchin aquaculture and tourism, 'have no "
   "legal basis from now on'; Tokyo protested and called the step deeply regrettable.",
   N, ("joint_economic_activity", "ended"), "formal_end_nominalisation",
   "Russia withdrew from the joint economic activity dialogue in March 2022 (seeds 000, 001, 003); a note of October 2024 "
   "terminating the underlying 2016 arrangement is a new, final step - halted to ended. The act is the noun "
   "'termination' inside a participial phrase after a relative clause that restates the seed."),

it("Nemuro junior judoka make one-off visa-free trip to Kunashir",
   "Fourteen junior judoka from Nemuro and Betsukai, whom Russia had agreed to admit without visas as a one-time "
   "exception to its 2022 termination of the exchange programme, competed in a friendship tournament in Yuzhno-Kurilsk "
   "on Sept. 21, 2024, Hokkaido officials said.",
   "Russia's Foreign Ministry stressed that the trip did not mean visa-free exchanges would resume; the team returned "
   "to Nemuro aboard the Etopirika the same evening.",
   N, ("visa_free_exchanges", "allowed_once"), "one_off_exception_in_relative_clause",
   "Visa-free exchanges were terminated in March 2022 (seeds 001, 003); a decided and carried-out one-time visa-free "
   "trip (September 2024) is allowed, the exchanges themselves stay terminated. The permission sits in a relative clause."),

# ---------------------------------------------------------------- other news
it("Russian submarine makes first port call at disputed Kunashir",
   "A Russian Pacific Fleet diesel-electric submarine was moored at Yuzhno-Kurilsk on Kunashir for three days in "
   "April 2025, the fleet's press service said on April 14, the first known visit by a Russian submarine to a port on "
   "the islands claimed by Japan.",
   "Japan lodged a protest through diplomatic channels, Chief Cabinet Secretary Yoshimasa Hayashi said, calling the "
   "call 'a build-up of military activity on our inherent territory'.",
   N, None, "passive_voice_event",
   "New first port call by a Russian submarine on a disputed island (April 2025) with a Japanese protest; no military "
   "deployments or visits are among the seed facts."),

it("Japan says Russia has based MiG-31 interceptors on Iturup",
   "Russia has stationed at least four MiG-31BM interceptor jets at the Yasny airfield on Iturup, Japan's Defence "
   "Ministry said on Jan. 24, 2025, citing radar tracking and commercial satellite imagery, in what it described as "
   "the first deployment of the long-range fighter to the Russian-held islands.",
   "Tokyo protested to Moscow; Russia's Defence Ministry has not commented on the report.",
   N, None, "hedged_attribution_trailing_no_comment",
   "New deployment on Iturup confirmed by Japan (January 2025) with a protest; the trailing 'has not commented' does "
   "not cancel it. Not in the seeds."),

it("Tokyo protests Russian seabed listening array in strait between Kunashir and Iturup",
   "Japan protested to Russia on Oct. 9, 2025 after the Pacific Fleet said it had finished laying a seabed acoustic "
   "surveillance array across the Ekaterina Strait, which separates Kunashir and Iturup, to track submarines entering "
   "the Sea of Okhotsk.",
   "The fleet said the system would be operated from a shore post near Yuzhno-Kurilsk; Japan's Foreign Ministry said the "
   "installation was 'incompatible with our position on the Northern Territories'.",
   N, None, "event_in_subordinate_clause_of_protest",
   "New military installation in the strait between two disputed islands (October 2025) and a protest; the event itself "
   "sits in an after-clause of the protest sentence. Not in the seeds."),

it("Japan Coast Guard opens radar station at Cape Nosappu; Moscow objects",
   "The Japan Coast Guard began operating a radar station at Cape Nosappu in Nemuro on Dec. 1, 2025 to monitor vessel "
   "movements around the Habomai islets and the median line, the 1st Regional Coast Guard Headquarters said, and "
   "Russia's embassy in Tokyo called it 'an unfriendly step'.",
   "The station, the first coast guard radar on the cape, covers waters where Japanese kelp and octopus boats work "
   "within sight of Russian border patrols.",
   N, None, "local_nemuro_facility_with_reaction",
   "New Japanese facility in Nemuro facing the Habomai islets (December 2025) and a Russian reaction; not in the seeds."),

it("Japan protests Russian stamps depicting 'Russian Kurils'",
   "Japan lodged a protest with Russia on Nov. 12, 2024 over a set of four postage stamps issued by Russian Post that "
   "show Iturup's Kudryavy volcano, the port of Yuzhno-Kurilsk and Shikotan's Malokurilskaya Bay under the slogan "
   "'The Kurils - Russian Land'.",
   "Russian Post said 500,000 sets had been printed for the series; a Japanese Foreign Ministry spokesman called the "
   "issue 'unacceptable'.",
   N, None, "event_in_prepositional_phrase_of_protest",
   "New Russian official act (a stamp issue, November 2024) and a new Japanese protest; not in the seeds."),

it("G7 ministers' statement mentions Northern Territories grave visits for first time",
   "Foreign ministers of the Group of Seven, meeting in Charlevoix, Canada, in March 2025, for the first time included "
   "in their joint statement a call on Russia to 'allow former residents of the Northern Territories to visit the graves "
   "of their ancestors', Japan's Foreign Ministry said.",
   "Russian Foreign Ministry spokeswoman Maria Zakharova called the passage 'crude interference in matters that were "
   "settled by the outcome of World War Two'.",
   N, None, "third_party_position_first",
   "New third-party official position in a G7 document (March 2025) with a Russian response; not in the seeds. Grave "
   "visits are only requested, so no move."),

it("Russia says 2001 Irkutsk statement no longer binding",
   "Russia no longer considers itself bound by the 2001 Irkutsk statement, in which the two countries' leaders "
   "confirmed the 1956 declaration as the starting point for peace treaty negotiations, Foreign Ministry spokeswoman "
   "Maria Zakharova said on May 21, 2026, adding that the document 'belongs to another historical era'.",
   "Japan's top government spokesman said Tokyo could not accept the unilateral rejection of an agreed document; the "
   "talks themselves have been frozen since Moscow withdrew from them in March 2022.",
   N, None, "new_official_position_on_document",
   "New Russian official position on a bilateral document (May 2026) that the seeds do not mention; the talks were "
   "already halted (seed 000), so no move."),

it("Russia orders Japan to close consulate in Yuzhno-Sakhalinsk",
   "The closure of Japan's Consulate General in Yuzhno-Sakhalinsk by Jan. 1, 2027 was demanded in a Russian Foreign "
   "Ministry note handed to Japan's ambassador on Sept. 30, 2026, which accused the mission of 'systematic activity in "
   "support of territorial claims against Russia'.",
   "The consulate, which covers Sakhalin and the Kuril Islands, has been Tokyo's main channel for requests on grave "
   "visits and fishing safety; Japan called the demand 'extremely regrettable' and said it would respond.",
   N, None, "nominalisation_in_passive",
   "New Russian diplomatic measure explicitly tied to the dispute (September 2026); not in the seeds. The act is a noun "
   "('the closure ... was demanded')."),

it("Kunashir man jailed for post backing handover of islands to Japan",
   "A court in Yuzhno-Sakhalinsk sentenced a 41-year-old resident of Yuzhno-Kurilsk to two years in a penal colony on "
   "June 18, 2025 over a social media post supporting the transfer of the southern Kurils to Japan, Interfax reported, "
   "the first conviction of an island resident under Russia's law against calls to violate its territorial integrity.",
   "The man, a fish-plant worker, pleaded not guilty; his lawyer said he would appeal.",
   N, None, "court_ruling",
   "New court ruling tied to the dispute (June 2025); not in the seeds."),

it("Russian border guards seize Nemuro crab boat off Habomai islet",
   "The Nemuro-registered crab boat Kotoshiro Maru No. 8 and its crew of six were seized by Russian border guards near "
   "Yuri island in the Habomai group on Sept. 7, 2024 and escorted to Shikotan, the Japan Coast Guard said.",
   "Russia's FSB said the boat had been fishing in Russian waters without permission; Tokyo protested and demanded the "
   "crew's early release.",
   N, None, "passive_voice_event",
   "New seizure of a named Japanese boat and crew near a Habomai islet (September 2024); detentions are not among the "
   "seed facts. Fishing in general continues, so no move."),

it("Crypto-mining data centre switched on beside Iturup geothermal plant",
   "The start of commercial operation of a 12-megawatt data centre for cryptocurrency mining, built beside the "
   "geothermal power station near Kurilsk on Iturup, was announced on Sept. 2, 2025 by the Sakhalin regional "
   "government, which said it was the first such facility in the Russian Far East.",
   "Its operator, a resident of the islands' preferential tax regime, plans to double capacity by 2027; Japan's "
   "government said it was gathering information.",
   N, None, "nominalised_event",
   "New economic facility on a disputed island (September 2025); not in the seeds. The event is a nominalisation "
   "('the start of commercial operation ... was announced')."),

it("New expedition cruise ship brings Russian tourists to Iturup and Kunashir",
   "The newly built expedition cruise ship Sakhalinskaya Zvezda, carrying about 150 Russian tourists from Vladivostok on "
   "its maiden voyage, called at Kurilsk on Iturup and Yuzhno-Kurilsk on Kunashir in July 2024, its operator said, "
   "opening a route it plans to sail twice a month each summer.",
   "Japan's Foreign Ministry said it had conveyed its position to Russia.",
   N, None, "plain_report_local_economic",
   "New tourist route to the disputed islands (July 2024) with a Japanese reaction; not in the seeds."),

it("Construction starts on deep-water berth on Shikotan",
   "Construction of a deep-water berth and a 450-metre breakwater at Malokurilskoye on Shikotan began in May 2026 under "
   "a 9.6 billion rouble federal contract, the Sakhalin regional government said, a project meant to let ferries call "
   "at the island in all weather.",
   "Completion is scheduled for 2029.",
   N, None, "nominalised_event",
   "New infrastructure project on a disputed island (May 2026); not in the seeds."),

it("Russia hands over body of missing Rausu fisherman found on Kunashir",
   "The body of a Rausu fisherman who went missing when his boat capsized in the Nemuro Strait in December 2025 was "
   "handed over by Russian border guards to a Japan Coast Guard patrol vessel at the median line on Jan. 16, 2026, after "
   "it was found on a beach on Kunashir, the coast guard said.",
   "Japan's Foreign Ministry thanked Russia for its cooperation; two crewmates are still missing.",
   N, None, "humanitarian_handover_passive",
   "New humanitarian handover at sea involving a disputed island (January 2026); not in the seeds."),

it("Japan airlifts injured Russian sailor from freighter off Iturup",
   "At the request of Russia's rescue coordination centre in Yuzhno-Sakhalinsk, a Japan Coast Guard helicopter "
   "airlifted a Russian sailor with severe burns from a cargo ship about 40 km south-east of Iturup on Dec. 11, 2024 "
   "and flew him to a hospital in Kushiro, the coast guard said.",
   "It was the first Russian request for such help near the islands since 2022; Russia's consulate in Sapporo thanked "
   "the Japanese side.",
   N, None, "humanitarian_first_since",
   "New humanitarian cooperation near a disputed island (December 2024); not in the seeds."),

it("Remains of pre-war Shinto shrine on Iturup razed for road; Japan protests",
   "Japan protested to Russia on Aug. 8, 2025 after the stone foundations and torii gate of a pre-war Shinto shrine near "
   "Kurilsk on Iturup, which former Japanese residents had asked to have preserved, were demolished during construction "
   "of a road, a Foreign Ministry official said.",
   "The Kurilsky district administration said the site had no registered heritage status.",
   N, None, "event_in_after_clause_passive",
   "New event on a disputed island (demolition of a Japanese-era site, August 2025) with a protest; not in the seeds."),

it("Russian Orthodox Church creates separate Kuril diocese",
   "The Holy Synod of the Russian Orthodox Church decided on Dec. 26, 2025 to separate the Kuril Islands from the "
   "diocese of Yuzhno-Sakhalinsk and form a new Kuril diocese with its see in Yuzhno-Kurilsk on Kunashir, the Moscow "
   "Patriarchate said.",
   "The synod cited 'the spiritual significance of Russia's eastern frontier'; Japan's government said it was aware of "
   "the report.",
   N, None, "administrative_decision_on_islands",
   "New administrative act on the disputed islands (a church diocese seated on Kunashir, December 2025); not in the "
   "seeds. Borderline: see README."),

it("Russian border guards rescue Japanese kayakers blown to Kunashir",
   "Three Japanese sea kayakers who were blown across the Nemuro Strait from the Shiretoko Peninsula were found on the "
   "coast of Kunashir by Russian border guards on July 12, 2026 and handed over to a Japan Coast Guard vessel the next "
   "day, the coast guard said.",
   "Russian border authorities said no charges would be brought for illegal border crossing 'for humanitarian reasons'.",
   N, None, "passive_voice_event_humanitarian",
   "New incident and humanitarian handover involving a disputed island (July 2026); not in the seeds."),

it("Japan makes Northern Territories lessons mandatory in new curriculum",
   "Japan's education ministry published revised curriculum guidelines in January 2026 that for the first time give "
   "the Northern Territories a dedicated, required unit of at least four class hours in junior high school social "
   "studies, starting in April 2028.",
   "Russia's embassy in Tokyo said the move would 'poison the minds of young Japanese with revanchism'.",
   N, None, "administrative_act_with_reaction",
   "New Japanese official act on the dispute (January 2026) with a Russian reaction; not in the seeds."),

it("Putin names Kunashir airport after navigator Golovnin",
   "Mendeleyevo airport on Kunashir was named after the 19th-century navigator Vasily Golovnin, who charted the Kurils "
   "and was held captive in Japan in 1811-1813, by a decree President Vladimir Putin signed in February 2026, the "
   "Kremlin said.",
   "Sakhalin Governor Valery Limarenko said the name 'reminds everyone whose islands these are'.",
   N, None, "passive_agent_late_decree",
   "New presidential decree on a facility on a disputed island (February 2026); not in the seeds."),

# ---------------------------------------------------------------- not news
it("Russian envoy says no basis for peace treaty talks while Tokyo keeps sanctions",
   "Russia's ambassador to Japan, Nikolai Nozdrev, said in an interview with RIA Novosti published on Dec. 9, 2024 that "
   "there was 'no basis' for returning to peace treaty negotiations as long as Tokyo kept what he called its anti-Russian "
   "sanctions policy.",
   "He added that Russia's sovereignty over the southern Kurils was 'not a subject for discussion'.",
   X, None, "restatement_new_speaker",
   "Restates seeds 000, 001 and 004: talks impossible while sanctions stay, sovereignty not in question. New speaker only."),

it("Ishiba pledges to pursue peace treaty with Russia in first policy speech",
   "Prime Minister Shigeru Ishiba said in his first policy speech to parliament on Oct. 4, 2024 that Japan would "
   "'maintain its policy of resolving the territorial issue and concluding a peace treaty' with Russia, although "
   "relations remained in a difficult state because of the war in Ukraine.",
   "He announced no new initiative toward Moscow.",
   X, None, "restatement_new_speaker",
   "Restates Kishida's stance in seed 002 (Tokyo steadfast on a peace treaty, relations difficult over Ukraine)."),

it("Moscow dismisses Japan's Northern Territories Day as 'revanchist show'",
   "Russian Foreign Ministry spokeswoman Maria Zakharova said on Feb. 7, 2025 that the annual rally held in Tokyo to "
   "demand the return of the islands was 'a revanchist show', and repeated that Russia's sovereignty over the southern "
   "Kurils, 'enshrined in international legal documents', could not be questioned.",
   "She said Tokyo alone was responsible for the state of relations.",
   X, None, "restatement_at_occasion",
   "Restates seeds 001 and 004 (sovereignty fixed in international documents) and seed 002 (responsibility lies with "
   "Tokyo)."),

it("No Japan-Russia ministerial contact at ASEAN meetings in Laos",
   "Japanese diplomats had prepared talking points on grave visits and fishing safety in case Foreign Minister Yoko "
   "Kamikawa crossed paths with Sergei Lavrov at the ASEAN-related meetings in Vientiane in July 2024, but the two "
   "ministers neither met nor spoke, a senior Foreign Ministry official said.",
   "Tokyo has had no ministerial channel on the territorial issue since Moscow halted the peace treaty talks in 2022.",
   X, None, "late_negation_meeting_not_held",
   "No meeting took place; the talks stay halted as in seed 000. The negation comes at the end of a long sentence."),

it("Etopirika ready, but no word from Moscow on grave visits",
   "The Hokkaido government has kept the exchange ship Etopirika on standby in Nemuro since early July 2024 and has "
   "chosen some 40 former islanders and relatives for what would be the first visits to family graves on the islands "
   "since 2019, but Russia has not answered Tokyo's request, an official said on July 23, 2024.",
   "He said visits were unlikely before the weather turns in late September.",
   X, None, "late_negation_no_reply",
   "Grave visits are neither resumed nor allowed; a request without a reply is no development. The decisive 'has not "
   "answered' comes late."),

it("Moscow open to treaty talks only if Tokyo drops 'hostile course' - deputy FM",
   "Russia could consider returning to a dialogue with Japan on a peace treaty at some point, Deputy Foreign Minister "
   "Andrei Rudenko told Izvestia in October 2025, but only if Tokyo first abandoned its 'hostile policy', including "
   "sanctions and military cooperation with the United States near Russia's borders.",
   "'For now there are no grounds for that,' he said.",
   X, None, "late_condition",
   "Restates seed 004 (the key condition is Tokyo abandoning its hostile policy; military activity with the US near "
   "Russia's borders). The condition is unmet."),

it("Visa-free exchanges 'could restart within weeks' if Russia agrees - Japanese official",
   "Japan has kept its organisation for visa-free exchanges with the four islands intact and could send a first group "
   "within a few weeks of any Russian decision to allow them again, a Cabinet Office official in charge of the "
   "programme said in Nemuro in May 2025, adding that Moscow had shown no sign of changing its position.",
   "The exchanges were halted by Russia in March 2022.",
   X, None, "late_condition",
   "Conditional only; restates the termination of visa-free exchanges in March 2022 (seeds 001, 003)."),

it("Former islanders hand PM petition seeking grave visits 'while we still can'",
   "Representatives of former residents of the Russian-held islands handed Prime Minister Sanae Takaichi a petition "
   "with about 12,000 signatures on Feb. 6, 2026, asking the government to press Russia to allow visits to family "
   "graves, which have not taken place since 2019.",
   "The average age of the roughly 5,000 surviving former residents is over 89, the group said.",
   X, None, "request",
   "A petition asking for visits; nothing is decided. Grave visits stay as they were."),

it("Hokkaido governor urges Moscow to allow grave visits, guarantee safe fishing",
   "Hokkaido Governor Naomichi Suzuki called on Russia on Aug. 23, 2024, at an annual rally in Nemuro demanding the "
   "return of the islands, to 'respond sincerely' to Japan's requests to let former residents visit graves and to "
   "guarantee the safety of Japanese fishing boats near the islands.",
   "He also asked the national government for more support for the Nemuro region's fishing industry.",
   X, None, "request_at_occasion",
   "A request voiced at a recurring rally; no new act by either government."),

it("Japan to seek early restart of island visits, minister says",
   "Japan will keep seeking the earliest possible resumption of exchanges with the four islands, including visits by "
   "former residents, the minister in charge of Northern Territories affairs told a news conference in January 2025, "
   "calling it 'a top priority' for the government.",
   "He gave no timetable and said Russia's response was not known.",
   X, None, "prospect",
   "A wish, not a decision; restates the 2022 termination of exchanges and visits (seeds 001, 003)."),

it("Russian lawmaker floats visa tourism for Japanese to southern Kurils",
   "Japanese tourists might one day be allowed to visit the southern Kurils on ordinary Russian visas, a State Duma "
   "deputy from Sakhalin suggested in an interview with a regional newspaper in June 2024, though he stressed that no "
   "such proposal had been drafted.",
   "The Foreign Ministry did not comment.",
   X, None, "speculation_late_negation",
   "Speculation by an individual lawmaker with 'no proposal drafted' at the end; no development."),

it("Kremlin denies report that peace treaty talks with Japan will resume",
   "Kremlin spokesman Dmitry Peskov on March 11, 2026 rejected a Japanese newspaper report that Moscow and Tokyo had "
   "quietly agreed to restart peace treaty negotiations this year, telling reporters that 'nothing of the sort is "
   "being prepared'.",
   "He said Russia's position that such talks were impossible under current conditions had not changed.",
   X, None, "denial",
   "A denial; restates seeds 002 and 004 (talks impossible under current conditions)."),

it("Russia says it did not detain missing Nemuro boat; vessel back in port",
   "Russia's border directorate for Sakhalin said on Dec. 4, 2025 that it had not detained the Nemuro fishing boat Koei "
   "Maru No. 3, which lost radio contact near Kunashir the previous night, and the Japan Coast Guard later confirmed that "
   "the boat had reached Nemuro under its own power after an engine failure.",
   "Local media had initially reported that the boat might have been seized.",
   X, None, "denial_of_rumoured_event",
   "No seizure took place; a denied rumour is no development."),

it("EXPLAINER: Why Japan and Russia still have no peace treaty 80 years after WWII",
   "Eighty years after Soviet forces took the four islands off Hokkaido in August-September 1945, Japan and Russia have "
   "yet to sign a peace treaty, and in August 2025 talks remain frozen since Moscow walked away from them in March 2022 "
   "over Tokyo's sanctions.",
   "The 1956 joint declaration ended the state of war and restored diplomatic ties, but the dispute over Iturup, "
   "Kunashir, Shikotan and the Habomai islets has blocked a treaty ever since.",
   X, None, "background_explainer",
   "Background restating seeds 000, 003 and 004 (halt over sanctions, 1956 declaration, no treaty)."),

it("Ishiba vows to keep pressing Russia at Northern Territories Day rally",
   "Prime Minister Shigeru Ishiba told the annual national rally for the return of the Northern Territories in Tokyo on "
   "Feb. 7, 2025 that Japan's policy of resolving the territorial issue and concluding a peace treaty with Russia was "
   "unchanged, and said the government would keep seeking grave visits for former residents.",
   "About 1,000 people attended, the organisers said.",
   X, None, "occasion_piece",
   "Annual occasion; restates the position in seed 002. Grave visits are only sought."),

it("Sakhalin marks 80 years since end of WWII with wreath-laying",
   "Officials in Yuzhno-Sakhalinsk laid wreaths at the Glory memorial on Sept. 3, 2025 to mark the 80th anniversary of "
   "the end of World War Two, which Russia celebrates as victory over militarist Japan, and Governor Valery Limarenko "
   "said the Kurils had been 'returned to Russia for ever'.",
   "Smaller ceremonies were held in Kurilsk and Yuzhno-Kurilsk, the regional government said.",
   X, None, "occasion_anniversary",
   "Annual commemoration; the sovereignty remark restates seeds 001 and 004."),

it("Japan's diplomatic bluebook again calls Russia ties 'severe'",
   "Japan's 2024 Diplomatic Bluebook, released in April 2024, again described the Northern Territories as islands over "
   "which Japan has sovereignty and said relations with Russia remained severe because of the aggression against "
   "Ukraine, in wording largely unchanged from the previous year.",
   "It repeated that Russia's announcement that it would not continue peace treaty negotiations was 'extremely unjust "
   "and absolutely unacceptable'.",
   X, None, "annual_report",
   "Annual report restating the halt of talks (seed 000) and Japan's protest (seed 001)."),

it("Defence white paper says Russian activity on disputed isles continues",
   "Japan's annual defence white paper, approved by the cabinet in July 2025, said Russian forces were continuing "
   "exercises and the upkeep of facilities on the Northern Territories, in language similar to earlier editions, and "
   "listed Russia with China and North Korea as serious security concerns.",
   "The paper reported no new deployment on the islands.",
   X, None, "annual_report_late_negation",
   "Annual report with unchanged wording and no new fact; the general remark on military activity matches seed 004's "
   "mutual complaints."),

it("Most Russians oppose any handover of islands to Japan, poll shows",
   "Some 82% of Russians oppose handing any of the southern Kurils to Japan, according to a Levada Center survey "
   "published in August 2024, roughly the same share as in the pollster's 2019 survey.",
   "Only 6% said they would support a transfer in exchange for a peace treaty.",
   X, None, "periodic_survey",
   "An opinion poll; no development in the dispute."),

it("South Korea protests as Shimane holds 'Takeshima Day' ceremony",
   "South Korea lodged a protest with Japan on Feb. 22, 2025 after Shimane Prefecture held its annual 'Takeshima Day' "
   "ceremony, attended by a parliamentary vice minister, over the islets Seoul controls and calls Dokdo.",
   "Seoul summoned a Japanese embassy official and demanded that the event be abolished.",
   X, None, "lookalike_other_island_dispute",
   "Another territorial dispute (Takeshima/Dokdo); off topic."),

it("Chinese coast guard ships stay near Senkakus for record stretch",
   "Chinese coast guard vessels had been sighted in the contiguous zone around the Senkaku Islands in the East China "
   "Sea for a record 335 consecutive days as of November 2025, Japan's coast guard said, as Tokyo protested again over "
   "intrusions into Japanese territorial waters.",
   "Beijing claims the uninhabited islands, which it calls Diaoyu.",
   X, None, "lookalike_other_island_dispute",
   "Another island dispute (Senkaku/Diaoyu); off topic."),

it("Putin signs law ratifying defence treaty with North Korea",
   "President Vladimir Putin signed a law on Nov. 9, 2024 ratifying the comprehensive strategic partnership treaty with "
   "North Korea, which obliges each side to give military assistance if the other is attacked.",
   "Japan's government said it was seriously concerned about deepening military ties between Moscow and Pyongyang.",
   X, None, "lookalike_other_treaty",
   "Another treaty with a Japanese reaction; nothing about the peace treaty with Japan or the islands."),

it("Sockeye run at Kamchatka's Kurile Lake tops 5 million fish",
   "More than 5 million sockeye salmon had entered Kurile Lake in southern Kamchatka by mid-August 2025, the highest "
   "count in a decade, scientists at the Kamchatka branch of the VNIRO fisheries institute said.",
   "The lake, which takes its name from the Kuril Islands stretching south from the peninsula, is one of Asia's largest "
   "sockeye spawning grounds.",
   X, None, "lookalike_named_after_kurils",
   "A lake in Kamchatka named after the Kurils; off topic."),

it("Country Liberal Party wins Northern Territory election",
   "The Country Liberal Party won a landslide in Australia's Northern Territory election in August 2024, ending seven "
   "years of Labor government, and its leader Lia Finocchiaro was sworn in as chief minister.",
   "She promised to make crime her first priority.",
   X, None, "lookalike_name_northern_territory",
   "Australia's Northern Territory; off topic."),

it("Japan freezes assets of more Russian individuals and firms over Ukraine war",
   "Japan's cabinet approved additional sanctions against Russia over its war in Ukraine on Jan. 10, 2025, freezing the "
   "assets of 11 individuals and 29 entities and banning exports to third-country companies accused of helping Moscow "
   "evade restrictions.",
   "Russia's embassy said the measures would 'not go unanswered'.",
   X, None, "lookalike_unrelated_japan_russia",
   "Japan's Ukraine-related sanctions are background in seeds 000 and 003; nothing concerns the islands or the treaty."),

it("Japanese buyers keep taking Sakhalin-2 LNG despite sanctions",
   "Japanese utilities imported about 5.6 million tonnes of liquefied natural gas from Russia's Sakhalin-2 project in "
   "2024, close to pre-war levels, trade data released in January 2025 showed, as the government said the supply was "
   "vital for energy security.",
   "Mitsui & Co and Mitsubishi Corp have kept their stakes in the project's operator.",
   X, None, "lookalike_unrelated_japan_russia",
   "Japan-Russia energy trade on Sakhalin; not about the islands or the treaty."),

it("Kamikawa calls Russia's halt of island exchanges 'unjust'",
   "Foreign Minister Yoko Kamikawa told an upper house committee in April 2024 that Russia's unilateral decision in "
   "March 2022 to end visa-free exchanges and visits by former residents to the four islands was 'extremely unjust and "
   "absolutely unacceptable', and that Japan had protested repeatedly.",
   "She said Japan would keep working for their resumption.",
   X, None, "restatement_new_speaker",
   "Restates seed 001 (termination of the 1991 and 1999 arrangements; Japan's protest)."),

it("Two years on, no way back to Japan-Russia treaty talks",
   "Two years after Russia announced that it was halting peace treaty talks, leaving the joint economic activity "
   "dialogue and ending visa-free travel to the islands, Japanese diplomats said in March 2024 that no channel remained "
   "to discuss the territorial issue.",
   "None of the March 2022 measures has been reversed.",
   X, None, "background_anniversary",
   "Anniversary background restating seeds 000, 001 and 003."),

it("Island exchange ship Etopirika idles through another summer",
   "For the fourth summer since Russia ended the visa-free exchanges, the Etopirika, the ship built to carry Japanese "
   "groups to the four islands, spent August 2025 moored in Nemuro, leaving port only for crew training.",
   "Its upkeep of about 200 million yen a year is paid from the national budget.",
   X, None, "status_quo_feature",
   "Status quo: the exchanges stay terminated (seeds 001, 003)."),

it("Sakhalin governor: 'The Kurils are Russian and will remain so'",
   "Sakhalin Governor Valery Limarenko, asked at the Eastern Economic Forum in Vladivostok in September 2024 about "
   "Japan's claims, said the Kuril Islands 'are Russian land and will remain so', and that their development did not "
   "depend on Tokyo.",
   "He said investment on the islands had doubled over three years.",
   X, None, "restatement_new_speaker",
   "Restates Russia's sovereignty position (seeds 000, 001, 004) by a new speaker; the investment remark reports no new "
   "event."),

it("Hokkaido business mission to Iturup called off",
   "A group of Hokkaido seafood and construction executives had hoped to tour fish-processing plants on Iturup in "
   "September 2024 at the invitation of a Russian company, in the spirit of the pilot projects the two governments "
   "once discussed, but the trip did not take place because neither government would approve it, participants said.",
   "The invitation remains open, the Russian company said.",
   X, None, "late_negation_trip_not_held",
   "No trip took place; joint economic activity stays halted as in seeds 000 and 001."),

it("ANALYSIS: Could the Kurils feature in an end to the Ukraine war?",
   "As talk of a ceasefire in Ukraine grew in March 2025, some Japanese analysts speculated that a broader settlement "
   "might one day reopen Russia-Japan contacts on a peace treaty, though officials in both capitals say no such "
   "discussion has taken place.",
   "Russia has refused to negotiate since 2022, citing Japan's sanctions.",
   X, None, "analysis_speculation",
   "Speculation; restates the halt over sanctions (seeds 000, 004)."),

it("Lavrov says Japan's military build-up rules out treaty talks",
   "Foreign Minister Sergei Lavrov said at his annual news conference in January 2026 that Japan's military build-up "
   "with the United States near Russia's Far Eastern borders and its sanctions made peace treaty talks impossible, and "
   "that Tokyo 'knows what it has to do' to change that.",
   "He gave no details.",
   X, None, "restatement_new_speaker",
   "Restates seed 004 (military activity with the US near Russia's borders, hostile policy, talks impossible)."),

it("UK signs treaty handing Chagos Islands sovereignty to Mauritius",
   "Britain signed a treaty in May 2025 transferring sovereignty over the Chagos Islands to Mauritius while keeping a "
   "99-year lease on the Diego Garcia military base, ending a decades-old dispute over the Indian Ocean archipelago.",
   "Critics in London said the deal cost too much.",
   X, None, "lookalike_other_treaty_island_dispute",
   "Another island sovereignty treaty; off topic."),

it("Kurilian Bobtail takes best in show at Moscow cat exhibition",
   "A Kurilian Bobtail, a short-tailed breed that originated on the Kuril Islands, took best in show at an "
   "international cat exhibition in Moscow in October 2024, the organisers said.",
   "More than 600 cats of 50 breeds were shown.",
   X, None, "lookalike_named_after_kurils",
   "A cat breed named after the Kurils; off topic."),

it("New Northern Territories minister views islands from Cape Nosappu",
   "The minister in charge of Northern Territories affairs in the new Takaichi cabinet viewed the Habomai islets from "
   "Cape Nosappu in Nemuro on Nov. 8, 2025, on a first visit to the area since taking office, and met former residents.",
   "The minister told reporters that the government would keep asking Russia to allow visits to ancestors' graves.",
   X, None, "occasion_inspection_visit",
   "Routine inspection by a new minister with a request; no development. Borderline: see README."),
]
