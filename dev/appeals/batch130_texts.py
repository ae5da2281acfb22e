"""Batch 130: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 110 (23 documents). Each keeps the real page's structure (a socialist paper's
about page, a politics-daily link roundup with "(paywalled)" tags, a one-paragraph newsletter digest
with an editor's sign-off glued to the next item, a religious news archive of summary / network /
published / updated blocks, a messaging-app mirror of a weekly's posts with event details, hashtags
and a recurring sign-off, a commentator's security-bill post, two fighting-fund columns (one cut off
mid-sentence), a regional paper's "dear reader" letter under its chrome lines, a weekly's archive
list with "– author" lines and an image-label line, a wire story with emoji premium line and app
line) and exactly what the real gold marks: a subscribe line plus a back-issue PDF note at the top;
a "tap here to sign up" sentence at the end of the editor's note line; a "visit the site and
subscribe to save" sentence inside the digest paragraph; a one-line "give to support" link under the
first summary; the four-line "how to get us on WhatsApp / Signal / email / Telegram" block at the top
and the three-line subscribe-by-message block in the middle; a help-us-pay headline with its
"Hide Ads" button and the closing three thank-you-and-donate paragraphs; a whole fighting-fund
column; a fighting-fund opening plus the closing plea cut at "send your donation to"; the whole
"dear reader" support letter (not the dateline and chrome above it); a "one free story" paywall
line on top and a subscribe line at the bottom; the emoji premium line plus the app line at the
end. Negatives keep what makes the real ones hard: a supermarket and charity food drive with matched
donations, a report on newspaper cover prices, a press release about a stake in a subscription
outlet, a publisher's note on dropping the paywall and subscription refunds, a founder's essay on
people not paying for news, a media group's staff donation drive for a hospital ward, a government
radiothon for storm relief with a bank account, poor people giving to typhoon survivors, an outlet
listed as a foreign agent losing donors, a diaspora radiothon's totals and sponsors, a blogger
arguing a daily should charge for premium content, a site explaining it is broke and independent.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the builder takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch130.jsonl. Named `unseen-` because no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 110: appeal documents ----------------------------------------------------------------

_CRIMSON_TOP = "\n".join([
    "Subscribe to Crimson Banner",
    "Browse PDF copies of selected earlier editions below (tap to view or save)",
])

_CAPITAL_SIGNUP = "Tap here to sign up for Mara Quill’s Political Digest and Capital Politics Daily."

_MERIDIAN_SAVE = (
    "Head to meridianweekly.example.com for more reporting on everything that counts in Norvale, "
    "and subscribe today to save 30%."
)

_LOTUS_GIVE = "The Papal Desk: Give to support Lotus Faith News"

_CROSSING_TOP = "\n".join([
    "If you’re new to The Crossing and would like it delivered, tap this link to receive our reporting on WhatsApp: bit.ly/3xCr0ss",
    "You can also find us on Signal at +254700112233",
    "Or have it sent by email: [email protected]",
    "Or follow us on Telegram t.me/crossingweekly",
])

_CROSSING_MIDDLE = "\n".join([
    "Email: [email protected] with ‘JOIN’ in the subject line.",
    "WhatsApp/Signal: Add +254 700 112 233 to your contacts, and message us the word ‘READ’",
    "Follow our Telegram channel. t.me/crossingweekly",
])

_OUTRIDER_HEAD = "\n".join([
    "The true price of Outrider safety: Help us cover our $12,400 security tab",
    "Hide Ads",
])

_OUTRIDER_THANKS = "\n".join([
    "And guess what, everyone? You stepped up for us once more. You gave, and we really needed it. Our guard company’s bills add up to $12,400, and you can check them yourself: the invoices are posted at the foot of this page.",
    "And since I’m likely the person who has leaned on our security team the most, I want to thank every one of you for your ongoing kindness, particularly in times like these.",
    "And if you haven’t yet chipped in to our Reporter Protection Fund and you’re able to, please do drop by and give.",
])

_TRIBUNE_FUND = "\n".join([
    "Keep us going",
    "Nell Harrow on the Workers’ Tribune fighting fund",
    "Oddly enough, the three gifts that stood out this week all arrived through the bank app. Each of them - from JT, KO and our Canadian comrade FL - was for £40.",
    "Still, none of them topped the list. That honour belongs to comrade AW, whose regular £55 monthly transfer came in as always. Further standing orders came from RD (£30), LM (£25), TK and PS (£20 each), HB and ON (£12), while comrade Yusuf handed over his customary banknote (a tenner again) and QE sent in £5.",
    "All told, that’s £344 in the past week towards our £2,000 target for August, bringing the running total to £861. We’re slightly behind where we ought to be, but with 17 days left as I write this, I think we can still make it.",
    "Naturally, that’s down to you, the readers and backers we depend on to raise the money we need - not just to keep the Workers’ Tribune in print, but to make it bigger and better. If you’d like to chip in, you know how!",
    "You can give through the bank app, naturally, or by transfer to ‘Workers’ Tribune’ (sort code 40-12-77, account number 00918243). And - believe it or not - cheques are still welcome! Do help if you can.",
    "Nell Harrow",
])

_REDDAWN_FUND = "\n".join([
    "Our Fighting Fund",
    "This week the fund went up by £480, helped by a £40 gift from a Leeds comrade, £40 from another in Margate, £25 from a backer in Shrewsbury, £10 from a reader in south Manchester and a fiver from a Cypriot comrade. The month’s tally now stands at £1,590, so we still need £1,410 to reach our £3,000 target.",
])

_REDDAWN_PLEA = "\n".join([
    "We answer this flood of propaganda with Red Dawn Weekly – the only communist paper of its kind in these islands. Help us by making sure Red Dawn Weekly keeps coming out. Collecting money, finding new readers and backing our campaigns – each of these helps build a stronger socialist and anti-war movement.",
    "Please send your donation to",
])

_COURIER_LETTER = "\n".join([
    "Local papers face a serious threat, but our readers can help us meet it.",
    "Dear reader",
    "Ever come across the term ‘news desert’? Americans came up with it to describe what remains after a local paper shuts and the town it covered is left with nowhere to turn for reliable, thorough news and information.",
    "You can imagine what follows in those towns once the close watch kept by a campaigning, digging local paper disappears; once nobody is left to expose what others would rather keep out of sight.",
    "We are resolved that the West Vale will never turn into a news desert, and to prevent it we need your help.",
    "So we are asking you to back our journalism financially. Give whatever amount suits you, once or on a regular basis.",
    "Why ask now?",
    "More people are reading the Valley Courier than at any point in its history, and more and more of you do so on phones, tablets and laptops instead of on paper.",
    "It thrills us to reach this many readers - yet reliable reporting is expensive to produce, and what we earn from online page views is a small slice of what printed copies bring in.",
    "Big tech platforms, many of which pay next to no tax in this country, have also eaten into our advertising income.",
    "Even so, we intend to keep standing up for you and for the valley.",
    "We joined forces with Vale Hospice to raise money for a new respite lounge in Corrington.",
    "We have teamed up with the Corrington Memory Care Network to bring a specialist dementia nurse to the town.",
])

_LEDGER_FREE = "Keep reading your single free story this week"

_LEDGER_SUB = "Subscribe today, unlock everything"

_CHRONICLE_END = "\n".join([
    "🗞 Join Now: Get Chronicle Plus for our deep-dive reporting, explainers and analysis 🗞️",
    "For more Ravipur News, get the Chronicle App.",
])


PROBE110_APPEALS = [
    _doc("b130-crimsonbanner-about-top", "appeal", "top",
         "Invented; modelled on Red Flag (socialist paper's about page, subscribe line and back-issue PDF note on top)", "en", [
             _CRIMSON_TOP,
             "Our outlook",
             "These days “politics” has become a dirty word. It conjures up lies and the sort of empty, self-serving posturing we see whenever we glance at the big parties in parliament. If parliament is all that “politics” means, then of course most people want to stay well away from it.",
             "Yet politics can mean something else entirely: protest and collective action. In recent years – from the uprisings across the Middle East to the camp-outs in city squares to the strikes against budget cuts – people have again and again poured into the streets, organised where they live and work, and committed themselves to the fight for a fairer world.",
             "That politics from below is what Crimson Banner is for.",
             "Out of the fights against this system’s injustices, we aim to help build a new socialist movement able to challenge the entire edifice of capitalist power. It is a huge undertaking. But the bravery of the many thousands standing up to oppression across the globe gives us faith that the future is ours to win.",
             "What we fight for",
             "Reporting honestly. The corporate press is packed with falsehoods, spin and right-wing slant. We need a different press, independent of big business and official messaging, to cover and explain the major events shaping our world.",
             "Backing resistance. The people who own and run the big media outlets are hostile to anyone standing up for their rights. They profit from the exploitation of workers and the poor. Crimson Banner takes the part of the downtrodden, reports events as they look from below and stands in solidarity with those who fight back.",
         ], appeals=[_CRIMSON_TOP]),
    _doc("b130-capitalpoliticsdaily-flood-roundup-top", "appeal", "top",
         "Invented; modelled on Evening Report (New Zealand Politics Daily link roundup, sign-up sentence ending the editor's note)", "en", [
             "Assembly House, Port Elsin, Norvale.",
             "Editor’s Note: Below is a rundown of the main issues being debated around the country right now, with links to press reports.  " + _CAPITAL_SIGNUP,
             "In today’s list",
             "Handling of the flood recovery",
             "Tessa Marlow (Ledger): If ministers are getting the flood response right, they should welcome the questions",
             "Owen Praed (Courier): Rising water: ‘A slow-moving disaster’ – what officials were told and when (paywalled)",
             "Ana Ruiz (Capital Wire): Most voters back the emergency levy – new poll",
             "Courier: Finance Minister Hal Benning says ‘floods are the new normal’",
             "Priya Doshi (Courier): How long can the river towns stay behind sandbags?",
             "Felix Grange (Ledger): The premier and the last big flood",
             "Jo Tamsin (Ledger): Managed retreat will be a tough pitch for coastal voters",
             "Courier Editorial: Rebuilding smarter will cost more up front (paywalled)",
             "Mere Holt (Ledger): Early warnings show the sirens plan is working",
             "Dev Rao (Ledger): Give some thought to the exhausted volunteers at the evacuation centres",
             "Lina Park and Tom Oake (Ledger): A guide to who runs what in the flood taskforce",
             "Rua Kemp (Capital Wire): Premier struggles to say when roads will reopen",
             "Noel Hart (Ratepayer): Should we just ask the river what it intends?",
             "Bea Sorell (Ledger): Region slides 14 spots in national resilience index",
             "Cass Fenwick (Ledger): Drainage upgrades needed alongside stopbanks before towns can rebuild",
             "Ivo Brandt and Sal Mercer (Courier): Treasury analyst says $2b–$3b remains for recovery work (paywalled)",
             "Pita Lowe (Courier):  The Private Notebook of … Red Alert (paywalled)",
             "Lou Ferris (The Tūī): Morning Notes: River towns face weeks more of cleanup",
         ], appeals=[_CAPITAL_SIGNUP]),
    _doc("b130-meridian-tariff-speech-digest-middle", "appeal", "middle",
         "Invented; modelled on Maclean's (newsletter digest in one paragraph, visit-and-subscribe sentence before the editor's sign-off)", "en", [
             "A hostile neighbour is redrawing the map of our trade. We need a shared sense of purpose now more than ever.",
             "On Sunday evening, I sat down with millions of fellow citizens to watch Premier Lund’s rousing address in answer to President Garrow’s threatened tariffs. It was the finest speech of her time in office, I’d say, in large part because it throbbed with patriotic pride. Lund’s zeal for what she called Team Norvale caught me off guard; only a few years back she was telling a foreign newspaper that the country was becoming “a nation beyond nationhood.” I admit my chest swelled when Lund spoke of citizens who take pride in shovelling snow, flying the Pine Flag and pulling together. I was raised in a country steeped in her predecessor’s idea of a confident shared identity that bound together a society of many languages and cultures. But in the past ten years or so, we’ve taken down statues of our founders and bowed our heads over our part in the colonial past. Unease with, or outright scorn for, patriotism became so ordinary that at my daughter’s public secondary school, most of the students wouldn’t rise for the anthem in the mornings. So I was stunned to hear Lund declare on Sunday: “We have our own character, our own history, our own principles.” Do we? If we do, what are they? Historian Amira Castell of Lakeshore University poses exactly that question in The Meridian this week and captures what many of us are wondering. “If the tariff threat has any upside, it is a rekindled hunger for national feeling,” she writes. " + _MERIDIAN_SAVE + " —Lena Brooks, editor, The Meridian | Architect Jonah Pike and illustrator Mei Tanaka were running out of room in a cramped downtown condo. They swapped it for a made-to-order cabin in the Alder Hills, which relies on the sun to heat and cool the home all day long.",
         ], appeals=[_MERIDIAN_SAVE]),
    _doc("b130-lotusfaithnews-weekly-archive-middle", "appeal", "middle",
         "Invented; modelled on UCA News (weekly video archive blocks, one-line give-to-support link under the first summary)", "en", [
             "Lotus Faith News",
             "Villagers in the hill districts held candlelight vigils to mark a year since the border clashes. Church groups joined interfaith prayers for reconciliation.",
             _LOTUS_GIVE,
             "A police officer was handed a 20-year sentence for the killing of three farmers in the restive, largely Catholic Sarawa highlands, a ruling welcomed by campaigners pushing for accountability.",
             "Lotus Faith News Network",
             "Published: March 10, 2023 10:14 AM GMT",
             "Updated: March 10, 2023 10:15 AM GMT",
             "Catholics keep paying a heavy price in the fighting across the Karang hills. This week, a century-old parish church was burned during a raid by army troops.",
             "Lotus Faith News Network",
             "Published: March 03, 2023 10:22 AM GMT",
             "Updated: March 03, 2023 11:05 AM GMT",
             "The pope at last sits down with the outspoken retired bishop of Port Varan, a fierce critic of the Vatican’s deal with the mainland government over the naming of bishops.",
             "Lotus Faith News Network",
             "Published: February 24, 2023 10:09 AM GMT",
             "Updated: February 24, 2023 10:10 AM GMT",
             "Religious and civic leaders across the region paid tribute to the late Cardinal Mateo Rosales, praising his work for dialogue, reconciliation and the poor.",
             "Lotus Faith News Network",
             "Published: February 17, 2023 10:31 AM GMT",
             "Updated: February 17, 2023 10:52 AM GMT",
             "Christians in the island nations prepare for Lent amid unrest and soaring prices. Elsewhere, a hopeful spring beckons despite ongoing battles over basic rights.",
             "Lotus Faith News Network",
             "Published: February 10, 2023 10:26 AM GMT",
             "Updated: February 10, 2023 10:27 AM GMT",
             "Bishops in Lanka Mara have pressed the government to explain the death in custody of Father Joel Pinto, after foreign forensic analysts found that the elderly priest’s laptop had been breached to plant fake evidence.",
             "Lotus Faith News Network",
             "Published: February 03, 2023 10:05 AM GMT",
             "Updated: February 20, 2023 09:48 AM GMT",
         ], appeals=[_LOTUS_GIVE]),
    _doc("b130-thecrossing-posts-mirror-top-middle", "appeal", "top+middle",
         "Invented; modelled on The Continent (social posts via a mirror site, messaging-app subscribe blocks at the top and in the middle)", "en", [
             _CROSSING_TOP,
             "BOOK LAUNCH",
             "The Broker: How Fixers and Shipping Firms Fuelled the Delta War",
             "Date: 18 June 2024",
             "Time: 17:30-19:00",
             "Place: Amani Hall, Freedom Square, Kijani Rd & Lake Ave, Port Solane",
             "RSVP (see bio link)",
             "🗞️ ICYMI: What’s inside this week’s edition of The Crossing?",
             _CROSSING_MIDDLE,
             "ICYMI: Edition 131 of The Crossing has landed.",
             "Read reports from Lake Varu, the Ossini highlands, Port Solane and beyond.",
             "Do pass The Crossing along – not to everyone, just to people who value trustworthy regional journalism.",
             "Yours in Good Faith.",
             "Welcome to Edition 127 of The Crossing.",
             "Grab your free copy at thecrossing.example.org",
             "PICK YOUR CANDIDATE ZEMARO",
             "Amara Okon wants one last shot at the presidency. Her rival, Daniel Mfune, is a self-declared outsider who got his start selling bicycles.",
             "Together with FactLens we profile both contenders.",
             "#ZemaroVotes2024",
             "Yours in Good Faith",
             "Welcome to Edition 110 of The Crossing.",
             "Veltra is among the planet’s largest metals brokers. It will trade with any government, of any stripe, which has made it hugely profitable: over $2-billion in earnings so far this year.",
             "By its own account, much of that came from paying off officials. Now the Dutch firm is handing more than $900-million in penalties to European and American regulators. That may well rank it among the dirtiest firms anywhere.",
             "Yet none of those penalties will reach the countries where the bribes were paid.",
             "Yours in Good Faith",
         ], appeals=[_CROSSING_TOP, _CROSSING_MIDDLE]),
    _doc("b130-outridermedia-security-bill-top-end", "appeal", "top+end",
         "Invented; modelled on Rebel News (commentator's post, help-us-pay headline with ads button, thank-you-and-donate close)", "en", [
             _OUTRIDER_HEAD,
             "Hi everyone. I’ll be honest: when I studied at the Westbrook College of Journalism in the late ‘80s, nobody ever taught us how to deal with being physically attacked on the job.",
             "Sure, if you landed a posting as a foreign correspondent and got sent to a front line, you might get hurt in the crossfire.",
             "But in the era of shoulder pads and cassette tapes, the notion that someone might assault you in a public park just for covering the news was unthinkable, since it basically never happened.",
             "Times have changed.",
             "Perhaps because of what’s being taught on campuses, today’s activist mobs see nothing wrong with getting physical when they dislike a story. It’s shameful, it’s against the law, and it’s a disgrace that some thugs think it’s fine.",
             "That’s the reason we set up the page",
             "Since we don’t belong to the cosy press club that quietly cheers on these assaults on open debate, we have to hire guards whenever we cover events that draw militant protest groups.",
             _OUTRIDER_THANKS,
         ], appeals=[_OUTRIDER_HEAD, _OUTRIDER_THANKS]),
    _doc("b130-workerstribune-fightingfund-august-whole", "appeal", "whole",
         "Invented; modelled on Weekly Worker (whole fighting-fund column with donors, target and bank details)", "en", [
             _TRIBUNE_FUND,
         ], appeals=[_TRIBUNE_FUND]),
    _doc("b130-reddawnweekly-fightingfund-top-end", "appeal", "top+end",
         "Invented; modelled on New Worker (fighting-fund opening, one political paragraph, plea cut off at the address)", "en", [
             _REDDAWN_FUND,
             "The establishment press pumps out falsehoods round the clock. They insist the client government in the east is a model democracy and that the big military pact keeps the peace. Try telling that to the people of the bombed cities and every other target of imperialism!",
             _REDDAWN_PLEA,
         ], appeals=[_REDDAWN_FUND, _REDDAWN_PLEA]),
    _doc("b130-valleycourier-dear-reader-whole", "appeal", "whole",
         "Invented; modelled on Midweek Herald (dateline and chrome lines, then a whole dear-reader support letter)", "en", [
             "PUBLISHED: 07:15 14 June 2020",
             "Valley Courier",
             "Valley Courier",
             "Harrowgate Media",
             _COURIER_LETTER,
         ], appeals=[_COURIER_LETTER]),
    _doc("b130-sundayledger-issue-archive-top-end", "appeal", "top+end",
         "Invented; modelled on The Saturday Paper (archived issue list, one-free-story line on top and subscribe line at the bottom)", "en", [
             _LEDGER_FREE,
             "Or read more from the The Sunday Ledger",
             "The Sunday Ledger",
             "Visa overhaul also set to revive argument over national character",
             "–Hannah Brill",
             "As ministers draft security-led changes to residency rules, they are also preparing to launch a fresh conversation about shared values.",
             "Resetting the navy’s priorities and its spending",
             "– Colin Ashdown",
             "The treasurer’s U-turn on coal and gas",
             "– Marcus Pell",
             "The harder Treasurer Diane Cole argues for the government’s emissions plan, the plainer it is that she is leading a double life.",
             "Roundabout: The lavish Nine",
             "– Ruth Calder",
             "Our roving diarist Ruth Calder hops around the country.",
             "roundabout spinning",
             "Question time barbs show a chamber out of step",
             "– Peter Lindqvist",
             "Staging ‘The Weight of a Letter’",
             "– Joel Farrant",
             "Joel Farrant’s new play follows a radio producer and a retired nurse whose friendship grew out of a phone-tapping scandal.",
             "Job agencies for disabled people leave a trail of distress",
             "– Anonymous",
             "The government says it provides specialist help to people with a disability or illness, yet the scheme is riddled with flaws and being gamed, at great cost to the self-respect of those looking for work.",
             "The slow fade of free-to-air TV",
             "– Dana Whitcombe",
             "With audiences for old-style broadcasts shrinking, what comes next for network television?",
             "Adviser quits as foreign links persist",
             "– Leon Vaskar",
             "Coup rumours in the north; a mayor’s comeback bid in the capital; a snap election called on the islands",
             "Rising to the occasion",
             "– Tessa Moor",
             "Morning, noon or after a big night, a good crumpet always delivers.",
             "Anna Voss, Kaito Ren and the Fieldhouse Collective",
             "– Ben Ashgrove",
             "In a flood of information, soil and story make a strong case for the real over the digital.",
             _LEDGER_SUB,
         ], appeals=[_LEDGER_FREE, _LEDGER_SUB]),
    _doc("b130-nationalchronicle-helicopter-granddaughter-end", "appeal", "end",
         "Invented; modelled on The Indian Express (wire story, emoji premium-subscription line and app line at the end)", "en", [
             "Ravipur dairy owner books helicopter to fly newborn granddaughter home",
             "Sunil Rao Kadamb, who lives in Nandgaon on the edge of Ravipur, told the media he wanted to give Ishani, the family’s youngest member, a welcome to remember.",
             "By: NNS | Ravipur |",
             "March 14, 2023 10:42:07 am",
             "A dairy owner in Ravipur district booked a helicopter to fly her home on Monday. (X/@NNSwire)",
             "Overjoyed at the arrival of his granddaughter, a dairy owner in Ravipur district went as far as booking a helicopter for the baby’s trip home on Monday.",
             "Sunil Rao Kadamb, who lives in Nandgaon on the edge of Ravipur, told the media he wanted to give Ishani, the family’s youngest member, a welcome to remember.",
             "So when the time came for the baby and her mother to return from her maternal grandparents’ home in neighbouring Sarwadi, he arranged the flight, he said.",
             _CHRONICLE_END,
         ], appeals=[_CHRONICLE_END]),
]


# --- Probe 110: negatives -----------------------------------------------------------------------

PROBE110_NEGATIVES = [
    _neg("b130-harbourmission-freshmart-winter-food-neg",
         "Invented; modelled on Voxy (press-release story on a supermarket and charity winter food drive with matched donations)", "en", [
             "Thursday, 9 July, 2020 - 11:20",
             "FreshMart and the Harbour Mission are asking people around the country to give much-needed groceries ahead of what is shaping up to be the toughest winter the food banks have faced. The new Full Pantry Winter Drive, which launched in FreshMart supermarkets nationwide this week, invites shoppers to give what they can to neighbours who are struggling, with FreshMart matching every item.",
             "This winter the Harbour Mission expects to support more than 42,000 people, many of whom are going without enough food for the first time since the pandemic hit. Winter demand for food help is forecast to climb at least 55 per cent on last year.",
             "Shoppers can drop tinned food and other basics into the collection bins at any FreshMart store, or pay for a winter grocery parcel on the Pantry Link website, the nation’s only online food bank. Everything given is then handed out through the Harbour Mission’s community centres around the country.",
             "Rangi Holloway, the Harbour Mission’s head of community services, says they hope to collect about $420,000 worth of groceries during the Full Pantry Drive, which will stock the Mission’s food banks for the huge demand expected over the cold months.",
             "\"Winter is a brutal season for many households as heating bills climb. Sadly food is often the first thing cut from a budget that is already stretched, and this year lay-offs and lower pay will only make that worse.",
             "\"A food parcel won’t fix everything, but it can mean parents and kids don’t go to bed hungry, and I can’t imagine anyone here wanting to see that,\" says Rangi Holloway.",
         ]),
    _neg("b130-lochsidedemocrat-newsstand-prices-neg",
         "Invented; modelled on The Democrat (report on national newspaper cover-price rises with glued title lists)", "en", [
             "Newsstand prices of national papers up 12% in a year",
             "By Callum Reid",
             "Fresh analysis shows that newsstand prices for national papers have climbed 12% in the last twelve months. Buying every edition of the national titles for a week would now set you back £118.40 – up from £105.70 a year earlier. In March 2014, before the print edition of The Morning Record closed, the same basket would have cost £71.20 – a rise of 66% over the decade.Fiona Dale, a reporter for Media Trade Weekly, writes: ‘Cover price rises look to have run a little ahead of the country’s overall inflation rate, which peaked at 10.1% in February. Even so, only one title, the Ledger Weekend (cover price: £4.50), costs more than the average pint of bitter (£4.30 in February), according to official figures.",
             "‘On a weekday, every national daily – The RecordThe Morning HeraldThe ClarionThe PostThe Financial LedgerDaily NewsDaily CourierDaily BeaconThe Star and The Globe – would cost you £15.60 at a newsagent – up from £13.90 in March 2022, or £8.70 in 2014 when The Morning Record still counted.",
             "‘On a Saturday, the national titles – The RecordThe Morning HeraldThe ClarionLedger WeekendPost WeekendDaily NewsDaily CourierDaily BeaconThe Globe and The Star – come to £21.40, a 14% rise on last year’s £18.80. In March 2014, the total would have been £13.05.’",
             "However, Dale points out that Sunday prices have gone up more gently. The full set of national Sundays – The Sunday Record, Sunday Herald, The Sentinel, The Post on Sunday, Sunday Courier, Sunday Beacon, Sunday Star, Sunday Globe and The Clarion on Sunday – now costs £19.30, up 8% from £17.90 a year ago and from £14.10 in March 2014.",
         ]),
    _neg("b130-northfieldmedia-signal-stake-neg",
         "Invented; modelled on Financial Post (wire press release on a media group's stake in a subscription outlet, quote cut across lines)", "en", [
             "VANCOUVER — Northfield Media Corp. (“Northfield”) and digital news start-up The Signal Ltd. (“The Signal”) said today they had agreed a non-binding term sheet under which Northfield would take a minority stake in The Signal and the two firms would work together on content syndication, marketing campaigns and live events (together, the “Deal”), giving Northfield readers access to the deep reporting and analysis The Signal is known for.",
             "“The tech sector is booming in this country, and The Signal has captured the stories and ideas that drive it, while proving in a remarkably short time how strong and credible it is in that field,” said Karen Whitlow, President and CEO, Northfield. “Working with The Signal gives us a chance to build, expand and test digital subscription models that are gaining momentum globally. We think that Northfield’s reach of 11.8 million unique visitors a month on average* and its marketing muscle, combined with Priya Sandhu’s know-how, will let us speed up what we can achieve together.”",
             "The Deal depends on customary closing conditions being met and should wrap up in the autumn.",
             "“I founded The Signal because I have faith in where this country is going,” said Priya Sandhu, Founder and Editor in Chief, The Signal. “",
             "“The Signal’s prize-winning reporting explains the forces reshaping our economy and the wider world, at a moment when readers need it most. Northfield’s investment will help us reach more readers and more decision-makers, and make us an even bigger part of the national debate.”",
         ]),
    _neg("b130-velmorapost-publisher-refunds-neg",
         "Invented; modelled on Kyiv Post (publisher's note on returning online, dropping the paywall and refunding subscribers)", "en", [
             "A note to our readers from Velmora Post publisher Anton Reiss",
             "03/ 02/ 2022",
             "I want to bring you up to date on what has been happening during this thrilling but difficult chapter in the Velmora Post’s 19-year story.  VELMORA POST BACK ONLINE FROM MONDAY, FEBRUARY 7 The Velmora Post will restart its daily online reporting on February 7. We have assembled a committed and seasoned newsroom that shares the Post’s values and its dedication to serious journalism, and will bring you news, analysis, comment and culture. From Monday, February 7, we will carry on our task of giving readers at home and abroad essential reporting on the region and remaining a voice for open, fair debate.  I am deeply thankful for the encouragement and comments readers have sent us in recent weeks, and for your patience while we finish restructuring and expand our coverage over the coming weeks and months. We look forward to keeping this conversation going as we rebuild together. REFUNDS FOR SUBSCRIBERS As most of you know, the Velmora Post has chosen to drop its paywall and make all of its journalism free to read online for the widest possible audience. We respect the choice of those subscribers who cancelled after we paused publication on January 10, and we know others were hit by a later billing glitch that caused additional cancellations. We are sorry to every subscriber affected by that glitch. We are determined that no subscriber will lose money because of the recent changes at the Post. I can confirm that refunds are now being issued and will continue until every eligible subscriber has been repaid.",
         ]),
    _neg("b130-vitalsigns-why-independence-neg",
         "Invented; modelled on CodeBlue (founder's essay on dying newsrooms and readers unwilling to pay for news)", "en", [
             "Why Independence Matters",
             "Health policy can no longer be drawn up behind closed doors, without hearing from patients, doctors, nurses, clinics or everyday citizens.",
             "Journalism is in trouble. Papers are folding, and laid-off reporters are selling noodles at the roadside.",
             "Where so many news outlets are tied to businessmen with political connections, those outlets collapse when the political winds shift. And the reporters are left without work.",
             "The web lets us get information straight from the source, with no media in between. Anybody with a connection can publish their account for the whole world.",
             "But the web has also let misinformation run wild, leaving people cynical and suspicious of the press and of everything they see online.",
             "So few people are prepared to pay for news.",
             "I’ll confess that when I started VitalSigns with Farid two years ago, I had doubts. Newsrooms all over the country are in difficulty. Even long-established names have hardly any paying subscribers, and some survive on political favours.",
             "Was there space for an independent outlet? How would we keep it going?",
             "Still, I pressed on because I saw something missing. Most of the big outlets covered politics and the scandal of the week, and there are plenty of those. That was my world too; I spent close to ten years covering national politics before launching VitalSigns.",
             "Yet hardly anyone was covering health. Though illness and death touch all of us whatever our background or faith, health somehow never became a political issue.",
             "I intend to change that.",
             "Health is deeply personal. And what’s personal is political.",
         ]),
    _neg("b130-horizonmedia-childrens-ward-drive-neg",
         "Invented; modelled on Adom Online (media group's staff donation drive for a hospital ward, first lady's fundraiser)", "en", [
             "The Horizon Media Group has launched a voluntary one-staffer, fifty-cedi giving drive to help raise money for the Tamanso Regional Hospital’s newborn ward.",
             "Moved by the haunting documentary “Empty Cots”, which showed how babies at the region’s biggest referral hospital sometimes die soon after birth, often alongside their mothers, hundreds of Horizon staff have pledged to lead from the front and give their own small share towards building a new ward.",
             "As the film showed, the current ward is packed beyond capacity, with dedicated, skilled nurses and doctors fighting every day to save lives and too often left looking on, powerless, as babies die before or shortly after birth.",
             "On average, three babies die every day because of overcrowding at the hospital.",
             "“Some days we lose five or six newborns. On the worst days it can be nine,” one midwife at the hospital said.",
             "For an expectant mother, going to the hospital is an agonising gamble, with no guarantee that she will go home with a living child. Often she does not.",
             "The film stirred people from all walks of life, with ministers, chiefs, teachers, traders and craftspeople all vowing to help fix the problem.",
             "The Minister for Gender, Akosua Mensima, has backed the drive with a fundraising dinner set for Friday June 9, 2017, at her Airport Residential office to raise money for a two-storey newborn ward costing Ȼ8 million.",
             "Ahead of the dinner, Horizon staff have already launched a #CotsForLife campaign, under which each will give Ȼ50 and urge others to chip in as well.",
             "The editor of Sunrise FM, Issah Boateng, said individuals, unions and companies have rallied strongly behind the effort to build the new ward.",
         ]),
    _neg("b130-alderdaily-celeste-radiothon-neg",
         "Invented; modelled on Barbados Today (government telethon for storm relief with a dedicated bank account and quotes)", "en", [
             "‘Celeste’ radiothon Saturday",
             "Residents of St. Alder have been asked to give generously to a large relief drive for the storm-battered Corvina Islands during a six-hour radiothon on Saturday.",
             "Minister of Communications Senator Grace Holder appealed to the public to pledge whatever cash they can manage during a nationwide broadcast called Stand Up Corvina Radiothon, to run from the state broadcaster’s studios from 2 to 8 p.m.",
             "A dedicated account, the Regional Emergency Agency St. Alder–Corvina Relief Fund, has been opened at Harbour Commercial Bank to take pledges.",
             "“That way we know the money goes straight to the people of the Corvina Islands to support the rebuilding,” the senator told reporters at the launch of the radiothon at the Cabinet Office.",
             "Phone lines will be staffed at the broadcaster to take pledges during the radiothon, which will be carried on radio and television and streamed on the web. Besides the bank account, an online payment portal will be set up for donations.",
             "“We have a duty to stand by our fellow member state, the Corvina Islands,” said regional envoy Marcus Alleyne.",
             "“Last year it was Santa Lis and the Keys. Now it is the Corvinas. Next season it might be somebody else. Heaven forbid, one year it may even be us.",
             "“What matters is that we build a mindset across the region where harm to one is harm to all.",
             "“When one country is hit, we will not leave it to cope with the disaster alone, drawing only on its own means and rebuilding all on its own.",
             "“No! We must see one another as family. We will look out for our brothers and sisters and come to each other’s aid. That is what Saturday’s radiothon is about.",
         ]),
    _neg("b130-northerndaily-typhoon-coinbank-neg",
         "Invented; modelled on Philippine Daily Inquirer (typhoon relief story: poor residents giving, a child's coin bank)", "en", [
             "Even the poorest give what they can",
             "/ 05:10 AM December 3, 2014",
             "Residents queue for drinking water in battered Marcos town as they hunt for basic supplies in the wake of Typhoon “Lando.” JOEL M. ABAD",
             "A man walked into a radio station in San Isidro City to give P200, apologising again and again that it was all he had.",
             "In Batangan province, a mother handed over her 8-year-old son’s coin bank, full of his saved-up coins. The boy, she said, wanted the coins to go to survivors of Typhoon “Lando.”",
             "Reports of the disaster in the southern provinces set off a flood of sympathy and donations.",
             "Officials, private organisations and residents across the north have reached into their own pockets to gather supplies for typhoon-hit towns and cities and give survivors food, water, clothes and medical care.",
             "In San Isidro City, even poor families came to a local radio station with canned fish, rice and money.",
             "Volunteer Carlo Benitez, a teacher, said an old man who would not give his name came to radio station dzSI, where donations were being collected, to hand over P200 while apologising for how little it was.",
             "Benitez said several civic clubs, colleges, business owners and residents began collecting donations and trucking them to storm-hit areas in the south.",
             "Coin bank",
             "In Batangan province, eatery owner Rosa Lim said her 8-year-old son gave up his coin bank for the typhoon survivors.",
             "“He was crying in front of the TV when he saw soaked, hungry kids who had no food or water,” Lim said.",
             "Gov. Ramon Ilagan asked mayors to launch relief drives in their towns and urged Batangan natives overseas to take part.",
         ]),
    _neg("b130-thelantern-foreign-agent-neg",
         "Invented; modelled on The Bell (exile outlet's bulleted note on being listed as a foreign agent, losing donors)", "en", [
             "The Lantern added to the ‘foreign agents’ register",
             "The Lantern",
             "• We were put on the register with no court hearing or inquiry, so we cannot say exactly what led to it. We might learn more if we challenged the listing in court. Realistically, though, we have little hope of winning such a case before a judge at home.",
             "• The register now holds close to 600 people and organisations. It was growing before the war began and has swelled much faster since. Today it covers nearly every independent outlet, blogger and musician who has spoken out against the war.",
             "• Not long ago, officials created an additional register of “persons connected to foreign agents.” It will most likely end up covering every independent reporter. As far as we can tell, The Lantern was the first outlet to get this treatment: our entire staff now sit in their own column on the register. For now the only legal consequence is that these “connected persons” cannot run for office. But that may not last: the lawmakers have already tightened the foreign agent rules once this year.",
             "• So what does being branded a foreign agent mean in practice? If your business ran on advertising, you can forget about it. If it ran on donations, expect some of your readers to be too frightened to keep giving.",
             "• Still, we have no intention of quitting. The state wants to cripple independent journalism. We will keep reporting from wherever we are able to.",
         ]),
    _neg("b130-islandsabroad-radiothon-totals-neg",
         "Invented; modelled on Jamaicans.com (diaspora radiothon report with totals and sponsors, first letter cut off)", "en", [
             "he recent ‘Island Hands Radiothon’ #IslandHandsRadiothon, staged on Sunday, September 24th, to help Caribbean nations battered by the latest storms, was judged a success thanks to broad cooperation among the diaspora’s media outlets.",
             "Organisers said the radiothon brought in more than US$32,000 in cash plus dozens of boxes of supplies, which were passed to Grace Tabernacle Church in Eastbrook, which will arrange shipping to the Corvina Islands and St. Alder.",
             "Most of the cash came from the Patel Family Foundation of Eastbrook’s Spice Island Bakery. Sponsors from business and community groups also lent support, among them Coralnet, Blue Mahoe Foods, Riddim Radio Network, the Island Sprint Club, Team Yard Relief, the Federation of Caribbean Alumni Groups, Crust & Co., PIXEL LLC, Diaspora Trade Links and www.givebacklink.example.org.",
             "The drive ran alongside appeals by Friends of the Islands, the Caribbean University Fund and the Regional Tourism Recovery Fund, all 501(c)3 nonprofit partners of the Island Hands Radiothon.",
             "A large part of the money will go to the Regional Emergency Agency, the official body coordinating relief for the Caribbean nations hit by the storms.",
         ]),
    _neg("b130-corabelle-harbourtimes-premium-neg",
         "Invented; modelled on Kwan Jin Yao (blog post arguing a daily should charge for premium content)", "en", [
             "“The Harbour Times” Is Right To Paywall Its Best Work. But Its Best Work Must Actually Be Better.",
             "Whenever I share a premium HT story online – on Facebook or, more often, on X – and non-subscribers grumble that they cannot open it, my first reaction is that good news was never meant to cost nothing. Gathering useful information about what is happening requires newsrooms and reporters to be paid properly, yet because most readers are accustomed to free news, the effort behind finding, checking and writing stories is routinely undervalued. Just last week, as this year’s top journalism awards were handed out, it emerged that one of the winning photographers, Dana Whitfield, had already quit her paper to manage social media for a coffee chain. She is reportedly at least the fifth award winner in six years to move into corporate communications, which offers better pay and steadier work than newsrooms do.",
             "These pressures on reporters are global, though here the picture is further complicated by the lasting regulation of the press under the broadcasting and printing licence laws. Even so, within those limits, HT – as the best-selling paper in the country, with its perch at the heart of the region – can still raise its game. Given how blurry the boundary is between “premium” and ordinary stories, HT’s premium journalism should reach readers through more varied formats and channels beyond the printed page, should go past plain news reports and even opinion pieces to deeper analysis, and should include long-form and long-running projects.",
         ]),
    _neg("b130-ballykeelpost-broke-independent-neg",
         "Invented; modelled on Broadsheet.ie (site's note clearing up misconceptions, saying it is broke and independent)", "en", [
             "Sometime between 11pm and 1am last Saturday, two loose camps, until then bitterly at odds with each other, discovered they agreed on something.",
             "We won’t rehash it all, but the subject was Ballykeel and the thing they agreed on was us, and not in a nice way.",
             "People who normally agree on nothing at all were united – mostly on social media, but in private messages too – in their scorn for the site. We were called, among other things,  “extremist”, “spineless”, “bankrolled” and “traffic-hungry”.",
             "Back when this was all empty lots and stray shopping trolleys, we never imagined being misread like this.",
             "Why we run the site will sound too soppy to be believed right away, but if we may, we would like to set a few things straight:",
             "Other than a fondness for the Greens (now under review *ahem*), we are not tied to any party, campaign (far left, far right or anywhere between), union, charity or lobby group. All views are welcome.",
             "Right to respond:",
             "Open to anyone who feels hard done by anything on the site.",
             "We build our posts so that you usually need to look at the picture and read the words to make sense of the headline, which puts off thrill seekers. Call it sideways-bait, but we dropped the tempting-headline clickbait approach and other bits after what happened here. Besides, it makes no difference whatsoever to our income however many clicks we get, which brings us to…",
             "We are completely skint independent. We receive no government ad money. Not a cent of Delaney money. No Big Tobacco money. No Little Tobacco money. Nothing from Carrick. Nothing from Rothmere. We do get the search-ad money, which roughly pays for the site’s hosting and our solicitor’s detox bills.",
             "Cheers all.",
         ]),
]


BATCH130_DOCUMENTS = PROBE110_APPEALS + PROBE110_NEGATIVES
