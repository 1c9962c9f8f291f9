"""Development groups of blind71 (ids are prefixed with b71- by gen.py)."""

GROUPS = {
    "g1": {
        "label": "new_development",
        "development": "First S-500 'Prometey' air-defence battalion in the Far East takes up combat duty on Iturup "
                       "(reported at Defence Minister Belousov's first teleconference, 21 May 2024); Japan protests.",
        "where": "ru first report: a readout of Belousov's first teleconference; sentences 1-3 are greetings, thanks "
                 "for the handover and priorities; the S-500 on Iturup is sentence 4 (a district commander's report). "
                 "The en wire copy keeps the same order.",
    },
    "g2": {
        "label": "new_development",
        "development": "One-off: 18 children from Kunashir, Iturup and Shikotan brought to Nemuro for specialist "
                       "medical examinations by exchange of notes, 'this time only'; not a resumption of visa-free exchanges.",
        "where": "ja first report: a welcome ceremony at Nemuro city hospital (who attended, the mayor's greeting); "
                 "who the visitors are and the one-off arrangement come in sentences 3-5.",
    },
    "g3": {
        "label": "status_change",
        "development": "Peace treaty talks suspended since March 2022 -> Japan-Russia director-level consultations in "
                       "Colombo (2-3 June 2025) discuss the peace treaty for the first time since 2022 and agree to continue "
                       "(next round in Tokyo).",
        "where": "ja first report: MOFA-style announcement; venue, participants, handshake and the agenda of fisheries "
                 "and consular matters come first, the peace treaty agreement in sentence 4; the ru MFA readout "
                 "('О российско-японских консультациях') likewise.",
    },
    "g4": {
        "label": "new_development",
        "development": "Delegation led by Heilongjiang vice-governor Li Haitao visits Kurilsk on Iturup - first visit by "
                       "a Chinese provincial leader to the Kurils; Japan conveys concern.",
        "where": "ru first report: Sakhalin governor's meeting readout (greetings, trade figures, working group); "
                 "the Iturup visit is the fourth paragraph ('Накануне делегация побывала на Итурупе').",
    },
    "g5": {
        "label": "status_change",
        "development": "Colombo-format consultations (resumed in g3) -> suspended by Russia in response to new Japanese "
                       "sanctions; the March 2026 Tokyo round will not take place.",
        "where": "ru first report: an MFA 'comment' on new sanctions; three paragraphs of condemnation and restated "
                 "position, the suspension in paragraph 4 ('С учётом изложенного...').",
    },
    "g6": {
        "label": "new_development",
        "development": "Putin and Japanese PM Takaichi meet (~35 min) on the APEC sidelines in Shenzhen - first in-person "
                       "Russia-Japan summit since September 2019; agree foreign ministers keep in contact.",
        "where": "en first report: a roundup of Putin's meetings with Indonesia's and Malaysia's leaders; the Japan "
                 "meeting is sentence 4. The ja report is a 'PM heads home' wrap-up with the meeting in paragraph 4.",
    },
    "g7": {
        "label": "new_development",
        "development": "Russia's Investigative Committee opens an in-absentia criminal case (art. 280.1) against Japanese "
                       "activist Koji Terashima (Hoppo Link) over a campaign for the islands' return - first such case "
                       "against a Japanese citizen.",
        "where": "en first report: the committee's weekly roundup of cases against foreign mercenaries; the Japanese "
                 "activist is the fourth paragraph.",
    },
    "g8": {
        "label": "new_development",
        "development": "Nemuro donates two fire engines to Yuzhno-Kurilsk; Russia lets the Japanese cargo ship call at "
                       "Yuzhno-Kurilsk 'this time only' and lets Nemuro firefighters train island volunteers 'this summer "
                       "only'.",
        "where": "ru first report: a handover ceremony (who spoke, thanks) - the Japanese origin, the one-off port call "
                 "and the summer-only training in paragraphs 3-5.",
    },
}
