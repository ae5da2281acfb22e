"""Batch 101: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 81 (23 documents). Each keeps the real page's structure line for line (no blank
lines, as in the real pages): a state newsroom's awards note with an empty "By: -" byline and a
doubled photo label and caption; an opinion site whose follow-and-newsletter form chrome (a line broken
mid-phrase and a "Name: E-mail:" row) sits above the headline, byline, date and site line; a
pop-culture item opening with a Telegram follow line and carrying two TikTok embed lines with handles,
emoji and hashtags; a public broadcaster's campaign-finance story with a doubled photo caption and a
sponsor line dropped mid-article; an outlet's report on its own record reader drive with a "YouTube
video" stub, photo labels and a paragraph cut off at a comma; a wire story with a lone dateline-city
line ending in an e-paper / app-download block with two "Tap here" lines; a reader's letter praising
a paper, signed, followed by the paper's WhatsApp join line and its "quality journalism" plea with a
pipe; a column cut off by a priced premium-subscription box with a free-trial button and a doubled
"View details" line; a morning newsletter digest with "Subscriber only:" item lines and a brand tagline
between items; an e-edition OCR scrape with a squashed headline, a masthead-junk line holding a
phone-to-subscribe sentence, and teaser shards; a short opinion page ending in the platform's
self-description with its channel and follow links run together.

The gold marks exactly what the real gold marks: the editor's note saying the piece first ran in the
outlet's own morning newsletter, with its sign-up pointer; the four-line follow / newsletter sign-up
form chrome; the Telegram follow line with its link; the one-line sponsor plug; the "missed our drive?
here are other ways to back us" sentence (the drive totals, donor counts, monthly-backer figures and
thanks around it stay text); the four-line e-paper and app-download block; the WhatsApp join line plus
the "quality journalism" support heading and paragraph (the reader's letter recommending the paper
stays text); the whole nine-line subscription price box; the brand tagline line only (the
"Subscriber only:" item labels stay text); the phone-to-subscribe sentence only, inside the masthead
line; the platform self-description with its YouTube / social / other-language-site links. Negatives
keep what makes the real ones hard: a leader column on a hospice's never-ending fundraising, a
hospice's closed emergency appeal with long thank-you quotes, two house-fire crowdfunding reports with
goals, totals and a donation link, a legislator calling for state money for a partisan website, a
mayoral race's fundraising totals, two food-bank Christmas pleas for donations relayed as news, a
newspaper's Christmas appeal for a food bank reported as news, a local paper announcing its own
delivery-price rise (cut off inside a quote), a national paper's newsstand price rise, and a hospice
giveathon's record total.

Every sentence, outlet, person, place, number and URL is ours; every town, region, state and country
is invented too (no real place is named; the real pages' national stories are moved to invented
countries). Only generic platform names (YouTube, WhatsApp, Telegram, TikTok, Facebook, Twitter,
Instagram, GoFundMe, iOS, Android) are kept as page chrome. No run of more than five words is copied
from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled real
outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands, every
gold appeal substring is located in it (asserted unique) and the fixture file is written from it.
"""


from whole_documents import _doc, _neg


# --- Probe 81: appeal documents -----------------------------------------------------------------

_VELLMARCH_NOTE = (
    "(Editor’s note: This piece first ran in Tuesday’s edition of the Early Ledger email briefing, "
    "which you can get in your inbox by signing up here.)"
)

_UNDERTOW_FORM = "\n".join([
    "Follow Undertow Weekly on Twitter",
    "Sign Up For Our",
    "Email Digest",
    "Name: E-mail:",
])

_SKYFERRY_TELEGRAM = "Get our freshest stories first on Telegram: https://t.me/skyferry_example"

_KVRN_SPONSOR = "Our underwriters keep KVRN on the air — underwrite KVRN too"

_MARISPORT_WAYS = "Didn't catch our Reader Drive? Here are 8 other ways to back Marisport Open Press."

_MERIDIAN_APP = "\n".join([
    "Head over to epaper.meridiandaily.example to browse our digital replica edition!",
    "Grab the Meridian Daily app for even more handy features!",
    "Tap here for iOS",
    "Tap here for Android",
])

_SAREVAN_PLEA = "\n".join([
    "Join our WhatsApp group through this link: Join Now",
    "Stand With Honest Reporting |",
    "Honest reporting eats up hours, money and sheer effort, and we keep producing it whatever the obstacles. "
    "Our correspondents and desk editors stay late across Sarevan and further afield to report on the "
    "things that matter to you, land major scoops, and drag wrongdoing into the light where it can be fixed.",
])

_ISLANDPOST_BOX = "\n".join([
    "Plus Membership + E-Paper",
    "No ads anywhere",
    "K 75 per month",
    "(charged yearly at K 900)",
    "Read every story on our site without a single ad",
    "Special deal: Sign up now and the e-paper comes bundled at no charge (usable on as many as 4 devices)",
    "START A 30-DAY FREE TRIAL",
    "View details",
    "View details",
])

_TALLOWMERE_TAGLINE = "Local reporting that keeps you in the loop"

_MARROWBY_PHONE = "Ring 06 448 2190 to subscribe!"

_RAHGUZAR_SELF = (
    "Rahguzar Media (RGM) is a two-language independent online newsroom that sets out to inform and engage "
    "Valmorans in the country and across the diaspora. Catch our videos on YouTube here Find us on "
    "Facebook   X and Instagram Read our Velmari-language site"
)


PROBE81_APPEALS = [
    _doc("b101-vellmarchledger-pressawards-top", "appeal", "top",
         "Invented; modelled on Nevada Current (awards note with empty byline, doubled photo label and caption, newsletter editor's note at top)", "en", [
             "Some thoughts on the Vellmarch Ledger’s first outing at the statewide newspaper prizes…",
             "By: - October 14, 2020 9:30 am",
             "The Ledger's newsroom",
             "Vellmarch Ledger newsroom. Seated: Priya Oduya, Lonnie Fairweather, Celeste Marrin. Standing: Dev Hallorann, Rosa Quintero-Blake.",
             "The Ledger's newsroom",
             "Vellmarch Ledger newsroom. Seated: Priya Oduya, Lonnie Fairweather, Celeste Marrin. Standing: Dev Hallorann, Rosa Quintero-Blake.",
             _VELLMARCH_NOTE,
             "The Vellmarch Newspaper Guild handed out its yearly prizes on Saturday night, and for an outlet that only launched once a third of the judging year had already slipped by, the Ledger did itself proud.",
             "Honestly, for our size, we more or less cleaned up.",
             "Take the Public Service category. Top honours went to the Orlenby Morning Star – its whole newsroom – for reporting on the flood that tore through the river wards. Runner-up was a team of six at the Quillhaven Gazette-Herald for their work on a string of warehouse fires. And in third … a single reporter, the Ledger‘s Lonnie Fairweather, for his series on evictions. The Gazette-Herald‘s entry alone named more writers than the Ledger has on its entire payroll.",
             "In Investigative Reporting, the Morning Star took the top two spots. Third went to the Ledger‘s Celeste Marrin for her digging into billing, neglect and profits at private care homes. “Careful work on a subject that rarely gets the attention it deserves,” wrote the judges, drawn this year from the Tessary Press Guild, of Celeste’s submission. “The field here was crowded—the gap between the top three was slim.” What I like best is that line about “a subject that rarely gets the attention it deserves,” since chasing pressing stories that others overlook is exactly what the Ledger was set up to do.",
         ], appeals=[_VELLMARCH_NOTE]),
    _doc("b101-undertowweekly-reservoir-protest-top", "appeal", "top",
         "Invented; modelled on Countercurrents (follow line and newsletter sign-up form chrome above headline, byline, date and site line)", "en", [
             _UNDERTOW_FORM,
             "Swallowed By A Reservoir; Shrugged Off By The Capital",
             "By Tomas Revel",
             "3 August, 2014",
             "UndertowWeekly.example.org",
             "Her face heavy with weariness, Suma Devrani stood chest deep in brown water, where she had stayed for the past nine days. Some 60 other villagers from the eastern Vethra hills of Selkir province in Marendia were beside her, along with 150 more who waded in for a few hours at a time to show they stood with Suma and her neighbours. Ask her why she picked such a strange and risky way to protest and the fury she has been holding in comes pouring out. Her fields, she said, had been flooded for a hydropower reservoir and she had received nothing for them, although officials had promised a resettlement scheme offering new land for lost land and cash on top. She would stay in the water until that promise was honoured, she said quite calmly. Let it drown me, were her words. Kiran Mhatre, beside her in the water, nodded. Not a single official came out to speak with them, and they stayed standing in the reservoir for another five days.",
         ], appeals=[_UNDERTOW_FORM]),
    _doc("b101-skyferry-lanternparade-concert-top", "appeal", "top",
         "Invented; modelled on Mothership (Telegram follow line at top, TikTok embed lines with handles, emoji and hashtags)", "en", [
             _SKYFERRY_TELEGRAM,
             "Everything suggests The Lantern Parade are about to confirm a Port Aldmere show any day now.",
             "On Aug. 3, a figure in a giant astronaut suit turned up at several spots around town holding a placard that read: \"LPGO news landing 9 August 2024\".",
             "@kit.skyferry Replying to @pancakeprowl SOMETHING IS COMING 🚀 #LPGO #tiktokaldmere #aldmeretok #bubbleteaspot #astronaut ♬ Paper Comets",
             "The next evening, clips bearing the words \"The Lantern Parade Glowing Orbit Tour 2025\" flashed up on billboards across Port Aldmere. Harbour Nine and Quayline Tower were among the places they appeared.",
             "@kit.skyferry Replying to @tealdrifter HERE WE GO AGAIN 🤯 #LPGO #lanternparade #glowingorbittour #gigsaldmere #lanternparadelive ♬ Neon Rivers",
             "Matching clips then popped up on the social accounts of gig organiser Brightstage Aldmere on Aug. 5.",
             "Guess it all gets confirmed on Friday.",
             "Cover images by Skyferry readers",
         ], appeals=[_SKYFERRY_TELEGRAM]),
    _doc("b101-kvrn-brindlemoor-mayor-finance-middle", "appeal", "middle",
         "Invented; modelled on WHYY (campaign-finance story with doubled photo caption and a one-line sponsor plug mid-article)", "en", [
             "Brindlemoor mayor’s race: finance reports reveal sluggish fundraising",
             "Renata Oakes, interim elections director, files candidates' finance reports Tuesday. (Hollis Grant/KVRN)",
             "Renata Oakes, interim elections director, files candidates' finance reports Tuesday. (Hollis Grant/KVRN)",
             "Cash appears scarce early in the Brindlemoor mayoral contest, although there are hints that bigger sums could arrive through outside committees.",
             "Finance statements filed Tuesday reveal that no mayoral hopeful yet has enough for a serious advertising push, and every one of them trails far behind where candidates stood at this stage of the 2011 race, the last open-seat contest.",
             "Statements covering money raised through Dec. 31 show no candidate with even $400,000 in the bank, and all except two holding under $90,000.",
             "Compare that with 2011, when at this stage Gloria Vance had pulled in $1.4 million, state Sen. Arthur Pell had collected close to $450,000, and developer Ned Farrow was pouring millions of his own money into his bid.",
             _KVRN_SPONSOR,
             "Back then, as today, city law capped what donors could give to candidates. The caps now stand at $3,100 from a person and $12,000 from political committees and companies.",
             "The 2011 contenders were, broadly, a better-known and more powerful set of politicians than this year's hopefuls, and several had been campaigning far longer than today's candidates.",
             "Still, at least one candidate in the current field, Okafor, stands to gain from an outside spending group,  which may accept gifts of any size. Details on that here.",
             "Highlights from Tuesday's reports:",
             "Daniel Okafor brought in roughly $187,000 for his mayoral bid last year and held almost $391,000 in cash when 2022 closed.",
         ], appeals=[_KVRN_SPONSOR]),
    _doc("b101-marisportopenpress-readerdrive-record-middle", "appeal", "middle",
         "Invented; modelled on Hong Kong Free Press (report on own record funding drive, video stub, photo labels, cut-off paragraph, 'other ways to support' line mid-article)", "en", [
             "Marisport Open Press has collected a record MD$1,604,215 from 2,087 backers in its 2021 Reader Drive.",
             "YouTube video",
             "Everyone on our staff is deeply thankful for, and moved by, the kindness of readers and the messages we got during the best-performing drive we have ever run.",
             "The sum beats our initial MD$1.1m target by more than a third, which lets us put our operations on a firm footing and spend more on original journalism. The surplus will also let us widen our regional coverage by hiring one more reporter.",
             "marisport open press staff",
             "The typical gift was MD$200, which means our independence rests on a broad base of readers rather than on a handful of patrons.",
             "The biggest single gift was MD$90,000; the next biggest was MD$60,000.",
             "Most gifts came from readers in Marisport itself, though backers as far off as Olvenna, Strandholm, Caresk, Duvallin, Ymberto and the Tarsine mainland also chipped in.",
             "MOP also recorded a 148 per cent jump in Open Press Circle sign-ups. There are now 288 monthly backers – up from 117 at the start of the year. Regular giving is what keeps our future safe,",
             _MARISPORT_WAYS,
             "Benefit Nights",
             "The total includes MD$18,460 raised at our fully booked 2021 benefit night on May 22. MOP would like to warmly thank glam-folk dance outfit Velvet Ferry Terminal for lending us their time, their glitter and their accordion skills for the Reader Drive.",
             "MOP fundraiser Velvet Ferry Terminal",
             "Photo: Ines Bramwell.",
             "Thanks as well to sponsors Foghorn Cider Works, Corks & Crates and our endlessly patient venue, The Lantern Loft. We are also grateful to the harbour district's noise wardens, who dropped by after a complaint and stayed for one song.",
         ], appeals=[_MARISPORT_WAYS]),
    _doc("b101-meridiandaily-korvash-whatsapp-arrests-end", "appeal", "end",
         "Invented; modelled on DT Next (wire story with lone dateline-city line, e-paper and app-download block at the end)", "en", [
             "Pair arrested over provocative messaging-group posts in Dravell",
             "Two men who shared incendiary clips and sectarian messages online were detained in the Korvash district of Dravell province on Thursday, officers said.",
             "Amberlin",
             "Named as Sunil Varde and Tarak Mehr, one of the two ran a WhatsApp group in which the provocative material was being passed around, apparently to stir up tension between communities, an officer said.",
             "The group, called 'Starline Mobile Repairs', has since been removed and a case has been filed against both men.",
             "Korvash saw sectarian clashes and unrest after a 'Unity March' staged by the student wing of a regional political movement on Founders' Day, which left one young man dead and several hurt.",
             "Officers said the pair had been using social platforms and the WhatsApp group, set up after the first clashes, to pour hatred on one community and to spread false rumours.",
             _MERIDIAN_APP,
         ], appeals=[_MERIDIAN_APP]),
    _doc("b101-sarevancourier-readerletter-praise-end", "appeal", "end",
         "Invented; modelled on Kashmir Observer (signed reader letter praising the paper, then WhatsApp join line and 'quality journalism' support plea)", "en", [
             "I am one of those people who will not touch breakfast until they have skimmed the morning papers to find out what is going on at home and around the world. Over the last few years the quality of what papers print has suffered, because those in power have silenced honest reporters, and fewer people now read newspapers at all; several friends of mine who used to devour them have given up on them entirely. Fair and balanced reporting backed by a sound editorial line seems to belong to another era. Yet a handful of papers have turned this hard time into a chance and kept serious journalism burning.",
             "I say this with complete sincerity: the Sarevan Courier is one of those papers whose pages give thoughtful readers like me plenty to chew on.I enjoy its editorials, features and opinion columns most. The weekly In Depth report in particular always brings something fresh and bold that gets people talking and wanting to learn more.",
             "And finally, the Courier’s video team deserves real praise. Unlike so many other video desks, theirs produces clips that are a pleasure to watch.",
             "I trust the Sarevan Courier’s newsroom will keep improving and keep giving readers fair and balanced news with no hidden agenda. Let me use this chance to urge everyone to read the Courier and pass it on to their friends too.",
             "Farooq Mirdad",
             _SAREVAN_PLEA,
         ], appeals=[_SAREVAN_PLEA]),
    _doc("b101-islandpost-column-premiumbox-end", "appeal", "end",
         "Invented; modelled on The Manila Times via EIN Presswire (column cut off by a priced premium subscription box with trial button and doubled details line)", "en", [
             "IT is Thursday morning, March 9, and as I type this my early scan of the headlines is full of unsettling news. The sharp jump in prices last month is plainly on everybody's mind, and with good reason, since it touches every household. Protests over the newly widened defence pact with a foreign power also loom large today. The continuing row over unlicensed quarrying in Quevara province still draws some notice, as does the nagging trouble with rice supply and prices, which is tied to inflation, though less tightly than plenty of people suppose.",
             "These are not just the stories everyone is chatting about over coffee; every one of them is a genuinely serious problem that needs fixing. Given that, it struck me that writing about a separate (if still significant) topic might strike readers as dull or pointless, so some explanation seems called for.",
             _ISLANDPOST_BOX,
         ], appeals=[_ISLANDPOST_BOX]),
    _doc("b101-tallowmerechronicle-morningdigest-tagline-middle", "appeal", "middle",
         "Invented; modelled on The Canberra Times newsletter via newslettercollector (morning digest with 'Subscriber only:' item lines and a brand tagline between items)", "en", [
             "Morning, Tallowmere. Expect scattered drizzle and a high of 11 degrees. Here's what's happening around the city today.",
             "Large parts of the Greywater Forest Reserve reopen to walkers today, five months after winter storms flattened its trails.",
             _TALLOWMERE_TAGLINE,
             "Subscriber only: Staffing records from the civil service commission show the Transport Department shed close to 200 jobs over the past year.",
             "Subscriber only: A man who posted private photos of his former partner online has avoided prison time.",
             "Tallowmere's jobs growth is slipping behind the rest of the region, even as new apartment approvals climb.",
             "Subscriber only: A parking officer at a council depot has won his dispute over the use of body cameras at work.",
             "Tenant advocates in Tallowmere are pressing both levels of government to put more money into public and affordable homes.",
             "Hospital chiefs say they are worried about the winter flu wave, though the latest figures offer some relief.",
             "Subscriber only: A man caught with about $65,000 worth of stolen tools said he was only minding them for a mate. The magistrate was not convinced.",
             "Subscriber only: Kestrel Bay import Tane Wiremu-Harlan must clear several hurdles before he can pull on a Comets jersey.",
             "Opinion: Remote work is losing some of its appeal as isolation sets in and awkward legal questions pile up, argues Fiona Leckie.",
             "Subscriber only: Only the Harbourside Sharks stand between the Comets and a clean sweep of every league rival, with the decider on Sunday.",
             "Asked what fans should expect from their first gig in over a year, Velvet Moths drummer Amos Pryde just shrugged: \"No idea, honestly.\"",
             "Looking Back Our front page on this day 31 years ago told readers that Tallowmere would have to go without.",
         ], appeals=[_TALLOWMERE_TAGLINE]),
    _doc("b101-marrowbyherald-eedition-blight-trial-middle", "appeal", "middle",
         "Invented; modelled on Ashburton Guardian e-edition on Issuu (OCR scrape: squashed headline, masthead junk line with a phone-to-subscribe sentence, teaser shards)", "en", [
             "Blightstrikesagain",
             "is once more battling a potato blight outbreak, with the district’s biggest packhouse facing a full shutdown. The Brantwick Growers packhouse, which handles about 9,000 tonnes a season and belongs to Orchard Vale Produce, will be emptied and disinfected. A further 11 neighbouring growers face crop destruction or more testing in what Marrowby Mayor Colin Pratley (pictured) warns will “send shockwaves’’ through the district’s economy.",
             "ERALD WEEKEND OCT 14 2023 $3.50 H 2023 REGIONAL WEEKLY OF THE YEAR FINALIST & BEST LOCAL CAMPAIGN WINNER (BACK YOUR HIGH STREET) – TALLIS PRESS AWARDS Ring 06 448 2190 to subscribe! FULL STORY P3",
             "‘‘ A shutdown [of the packhouse] would send shockwaves through the Marrowby economy because so many firms rely on its trade INSIDE: FINAL SHOWDOWN FOR THE MAGPIES 40 YEARS LATER, RESCUED SKIPPER RECALLS THE STORM P12-13 OSTRELLE ORCHARDIST MURDER TRIAL P2 P22 Marrowby",
             "Brother describes midnight drive to the orchard",
             "New details emerge in Ostrelle orchardist murder trial",
             "BY HCM WIRE",
             "A man has told a jury about a frantic midnight drive he made to try to keep his brother from “sorting out” an Ostrelle orchardist who was found dead in his bed the following morning.",
             "Wiremu Dean Halloway, 31, was found dead at his Carradine Road, Ostrelle home on March 4, 2021, after he failed to turn up for the 6am picking shift.",
             "Following a lengthy homicide inquiry, Halloway’s separated wife Kerry Anne Pettigrew, 33, and her cousin, Liam Jordan Pettigrew-Rowe, 27, were charged with his murder.",
             "Now Aaron Pettigrew-Rowe has taken the stand at his relatives’ trial in the High Court at Vennport.",
             "He described learning that his brother, Liam Jordan Pettigrew-Rowe – with whom he was very close – was “furious” and on his way to Halloway’s orchard late on March 3, 2021.",
             "Alarmed, he threw on some clothes, left his flat in central Vennport and drove south towards the orchard. He said he wanted to get there first and talk his brother out of whatever he had planned.",
         ], appeals=[_MARROWBY_PHONE]),
    _doc("b101-rahguzarmedia-newrepublic-selfdesc-end", "appeal", "end",
         "Invented; modelled on Naya Daur Media (short opinion page ending in the platform's self-description with channel and follow links run together)", "en", [
             "'Valmora Needs A Fresh Founding'",
             "The state has stopped delivering. It cannot provide schooling, clinics, roads, work or anything else that might win back people's trust in government. And this is because nobody in charge is prepared to do what they were appointed to do.",
             _RAHGUZAR_SELF,
         ], appeals=[_RAHGUZAR_SELF]),
]


# --- Probe 81: negatives ------------------------------------------------------------------------

PROBE81_NEGATIVES = [
    _neg("b101-brackenmoorchronicle-hospice-leader-fundraising-neg",
         "Invented; modelled on Newark Advertiser (leader column on a hospice's never-ending fundraising and public donations)", "en", [
             "Backing our hospice",
             "The steady turnout for its big fundraising days shows how highly people prize the care it has given families across the Brackenmoor district since 1991.",
             "Over 2011-12 it looked after 392 patients with life-limiting or terminal conditions, along with their loved ones.",
             "That is a great deal of care for a great many people, and it does not come cheap, which is why the fundraising never stops.",
             "The hospice must find £820,000 each year to keep caring for patients and families, and £610,000 of that comes from the generosity of the public.",
             "Some would say hospice care ought to be fully funded by the state health service, but nobody should hold their breath.",
             "Every pound matters, whether it is the thousands brought in by events such as the Moonlight Stroll or the smaller but equally valued sums from bake sales and tombolas.",
             "Among those on this year's Moonlight Stroll was Mrs Hilda Penrose, who walked in memory of her late husband.",
             "“It is a marvellous cause, and the hospice leans heavily on donations to keep offering care that means everything to people who need it,” she said.",
             "The hospice has rightly earned a special place in the affections of a kind-hearted public.",
         ]),
    _neg("b101-wrennshireecho-staldric-hospice-appeal-closes-neg",
         "Invented; modelled on Express & Star (hospice's closed emergency appeal with total and long thank-you quotes)", "en", [
             "St Aldric House Hospice emergency appeal ends",
             "Wrennshire's St Aldric House Hospice can keep its doors open thanks to the kindness of local people who backed its emergency appeal.",
             "Chief executive Dr Helena Marsh at the hospice",
             "Now closed, the appeal has raised £612,447, with more money still arriving, and that crucial help means the hospice can go on caring for patients and those close to them.",
             "That response to the emergency drive has allowed it to keep providing care while its charity shops stay shut and its programme of fundraising events waits to restart.",
             "Chief executive Dr Helena Marsh said: \"We want to honour everyone who has stood by us and is still standing by us. From schoolchildren to companies, households and clubs, the people around us have closed ranks behind us.",
             "\"People gave up birthday presents to send us a gift, they have hiked, cycled and swum – they have streamed games, knitted, stitched and iced cakes.",
             "\"Our landlords helped by cutting the rent on shops that cannot open – firms nearby have held fundraising days for their teams, sold pies and sent money in place of office gifts and cards. Community groups have given us protective kit and supplies for our shops and nurses. Trusts and grant makers have been wonderfully generous too. To each one of our marvellous supporters we want to say thank you from the bottom of our hearts – as your hospice we simply could not carry on without you.",
             "\"As our neighbours you have made plain how much you care about what we do and how determined you are that hospice care should go on. What you have given is far beyond anything we hoped for, and everyone on our staff and volunteer teams is deeply thankful. Your generosity will make a real difference to the care families here receive.",
             "\"Once more we want to thank everyone in our community who has done, and is still doing, everything they can to raise the money that keeps our services running.\"",
         ]),
    _neg("b101-corvennaexpress-townhouse-fire-gofundme-neg",
         "Invented; modelled on The Oshawa Express (house-fire crowdfunding report with goal, total and quoted page text)", "en", [
             "A GoFundMe campaign has been launched to help the family hit by a deadly blaze in Corvenna that claimed four lives this week.",
             "In under six days, $31,460 has been given to the family, well past the $25,000 target, and the page has been passed along over 5,200 times.",
             "“My cousin’s house went up in flames in Corvenna at about 2 a.m. on April 11th, 2022. Only he, his partner and one of their three kids got out. At that point the two other kids were still missing,” the page says.",
             "The remains of two children were found Tuesday, April 12, and Corvenna Regional Police (CRPS) have confirmed the children were brother and sister. Firefighters also found two adults late Monday who, police say, were not family members.",
             "“Dylan’s family has been robbed of two precious kids. There are no words for what they are going through,” the page goes on, adding that the fire destroyed everything the family had.",
             "“Anything at all helps. They are starting again from nothing.”",
             "The blaze gutted the townhouse at 87 Linden Crescent, from which five people managed to get out. Five neighbouring units were also damaged.",
             "Police in Corvenna now say the blaze is being actively investigated as possible arson.",
             "“Evidence we gathered at the scene pointed us toward the possibility that this may be an arson case,” says CRPS Const. Marie Okonjo at a media briefing Wednesday, adding that this explains why detectives from the Major Crimes Unit have sealed off the site.",
             "Corvenna City Hall has also dropped its flags to half-mast, as have all municipal buildings, in memory of those who died.",
         ]),
    _neg("b101-quillonherald-farmhouse-fire-gofundme-neg",
         "Invented; modelled on Winona Daily News (house-fire crowdfunding with goal, totals, raised cap and donation link, reporter contact)", "en", [
             "Gifts keep flooding in for the Hartigan family of Quillon County, who lost three children in a farmhouse blaze.",
             "A Go Fund Me page launched Saturday set a first target of $80,000, which it hit within hours. By Wednesday morning, roughly 2,300 people had given close to $132,000. The target has since been lifted to $160,000.",
             "The Quillon Rural Fire District has not formally released the names of the victims or the homeowners, but a Facebook page run by one of the parents, as well as the Go Fund Me appeal, named them as the Hartigan family.",
             "Firefighters reached 4412 Millpond Lane just before 10 p.m. last Friday after a call about a house fire with people stuck on the upper floor and no way out. One child, who was downstairs, got out and ran to a neighbour's house to phone for help.",
             "Crews tried to go in but were driven back by fierce heat, smoke and fire. The upper floor gave way during the blaze, and three children and the family's dogs were found dead on the ground floor once crews could search the house.",
             "Both parents and another child got out alive; whether they were at home when the fire broke out has not been disclosed.",
             "Investigators from the state fire marshal and the Quillon County Sheriff’s Office are trying to establish the cause. Nothing further had been released by Wednesday morning.",
             "To give to the family's Go Fund Me page, go to example.org/hartiganfund.",
             "Nadia Brekke can be reached at nbrekke@quillonherald.example.com.",
         ]),
    _neg("b101-harrowmerelantern-deputy-statefunding-website-neg",
         "Invented; modelled on The Beacon, Ireland (legislator in parliament calling for state funding for a partisan website)", "en", [
             "Independent deputy wants public money for Truthline",
             "A member of the Country Voices caucus has argued for state funding for hard-right website Truthline. Declan Moorcroft, independent deputy for Harrowmere North-West, made the remarks in the Vestrian Assembly on Tuesday during debate on a change to the Housing, Heritage and Media Bill.",
             "Two years ago Truthline’s editor, Conor Blaney, posted the home address of a witness in a pending court case. Police later confirmed they were looking into a suspected leak from their records system to Truthline connected with the case.",
             "Having covered the housing and conservation parts of the bill, Moorcroft turned to media. The bill would alter sections 41 and 88 of the Vestrian Media Act of 2011. Section 41 covers funding for a free public arts channel, while section 88 lets the media minister require broadcasters to show “occasions of national significance” at no charge.",
             "But Deputy Moorcroft was focused on what he called a “stranglehold on funding” among broadcasters, noting that “VBC takes every cent of the licence fee”. He claimed the broadcaster is neither fair nor balanced, citing its reporting on the Clean Air Bill.",
             "Calling this “a scandal”, Moorcroft then said the only remedy is to share out the television licence fee among other broadcasters. He told the Assembly:",
             "Fairness will only come when the licence money is divided up among other outlets, including Channel Nine, Truthline and community radio and local papers.",
             "He finished his remarks on the subject by saying the state cannot go on paying for VBC when it “chooses to leave out half the argument and gives no balance at all”.",
         ]),
    _neg("b101-sanalderexaminer-mayor-race-cash-neg",
         "Invented; modelled on San Francisco Chronicle via PressReader (mayoral fundraising totals, byline with dash, a line broken mid-sentence)", "en", [
             "Cash pours in for Ferreira in mayoral contest",
             "Tom Halvorsen keeps his fundraising lead thanks to an early start",
             "- By Priscilla Munoz",
             "Only 19 days after entering the San Alder mayoral race, City Council President Ana Ferreira has pulled in more than $290,000 in donations, bringing her close to Tom Halvorsen, who tops the field in money raised.",
             "Under finance reports filed late Thursday with the city’s Fair Elections Board, Halvorsen collected over $395,000 in 2021 and, after spending, holds $311,904.18. Halvorsen, a former council member who also sat in the state Assembly, had a big advantage in fundraising because he declared his bid for mayor back in April.",
             "The board’s reports cover money collected in 2021.",
             "Jess Kowalczyk, Halvorsen’s campaign manager, said he has brought in around $455,000, counting money raised since New Year, and the team expects to pass $475,000 within days.",
             "Since Ferreira opened her campaign committee Jan. 6, she did not have to file finance reports yet under the board’s rules. Her",
             "campaign manager, Dolores Vick, released Ferreira’s fundraising figures.",
             "Council Member Ray Tanaka, also in the race, took in a little over $47,000 after declaring his bid on Dec. 14, according to the board's reports, with $44,209.56 remaining after spending. Tanaka's spokeswoman, Kim Oduya, said he has now raised “more than $90,000” overall.",
             "Marguerite Salas began raising money for her mayoral bid in 2022 and has collected roughly $58,000 to date, said her campaign manager, Brent Okafor.",
             "Their filings show that the money for Halvorsen and Tanaka came from individual givers. Ferreira’s war chest, according to Vick, came from “well over 1,200 individual supporters.”",
         ]),
    _neg("b101-channelsix-foodbanks-christmas-demand-neg",
         "Invented; modelled on TVNZ 1 News (food banks across the country pleading for donations, relayed as news)", "en", [
             "Record need has food banks across Veldmark asking for more stock",
             "Many food banks report as much as a 35 per cent rise in families seeking help over the holidays.",
             "Food banks nationwide are running lower on supplies than usual after a year of record need.",
             "Many food banks report as much as a 35 per cent rise in people asking for help.",
             "Norrhaven City Mission says that means it needs more donated goods as the peak season arrives.",
             "\"There's always a gap between people who have plenty and people who have little, and over the holidays especially that gap feels wider,\" says mission director Graham Tolley.",
             "Lindquay City Mission has already given out 3,500 more food boxes than it did last year, and in Southmere, Ruth Ngata says her mission is also seeing demand climb.",
             "She says food boxes are a reliable gauge of how a community is doing, and right now many people seem to be battling – especially those in jobs who still cannot cover the basics.",
             "\"It's when both parents are working flat out and still can't cover the bills, and then something like power prices goes up... and suddenly that's the one extra thing they can't carry,\" she says.",
             "The Harbour Relief Trust is adding its voice to the calls for donations. It says some branches have been forced to purchase food themselves just to keep up.",
             "\"Everything keeps costing more while what people earn stays just about where it was,\" says Pauline Ruatara, who volunteers at a Harbour Relief Trust branch in Pennoweth.",
             "With more families likely to need help over the holidays, charities hope more people will give and share a little goodwill this season.",
         ]),
    _neg("b101-newsnow-christmas-donate-guide-neg",
         "Invented; modelled on Newshub (guide to what to donate at Christmas, city mission quotes and parcel figures)", "en", [
             "How you can help people doing it tough this Christmas",
             "For most of us, the holidays mean time with loved ones, but not everyone has that, and each of us can do a little to brighten their season.",
             "Donated goods are what keep many charities going. So what can you give to help people in need this Christmas?",
             "Ruth Ngata of Southmere City Mission says demand for food boxes has jumped sharply this year, especially in the weeks before Christmas.",
             "\"We've just tallied November and we're 39.5 percent higher again [than October]. It just keeps climbing.\"",
             "Staples like tinned and dried goods are always welcome at the mission, but so are fresh meat and vegetables, sanitary products, nappies and household cleaners.",
             "\"If it's something you'd put in your own shopping basket, we'd love it. Whatever food you eat and whatever products you use yourself, that's what we need, because the people coming through our doors are ordinary folks just like you and me.\"",
             "And the need keeps rising. Ms Ngata says it often comes down to some households simply not having enough to cover the basics.",
             "\"For families already counting every last coin... the moment anything goes up even a little [in their regular bills] it can be the thing that tips them over.",
             "\"Then it's a choice: 'Do we buy groceries or pay the power bill or the rent? Or do we fill up the car?' The choices get very real.\"",
             "Last December the mission handed out 4,200 food boxes and this year it expects to hand out 6,100.",
             "And what those gifts mean for the people who need them most can't be measured, Ms Ngata says.",
         ]),
    _neg("b101-saltmarshbaytimes-christmasappeal-foodbank-neg",
         "Invented; modelled on Bay of Plenty Times (newspaper's own Christmas appeal for a food bank reported as news, donation figures)", "en", [
             "Saltmarsh Bay Community Foodbank manager Gail Pendry says need has risen sharply and the Christmas appeal is essential.",
             "Little Sprouts Family Health supports some of the most vulnerable families in the area, and much of that support has come from the Saltmarsh Bay Community Foodbank, with referrals up 11 per cent on last year.",
             "Now it is giving something back to the people who support so many of the families it serves.",
             "The Saltmarsh Bay Times’ five-week Christmas Appeal, which supports the foodbank, is entering its final fortnight.",
             "Little Sprouts Saltmarsh Bay staff spent three weeks gathering donations and handed over a large crate of long-life food such as rice, oats and canned goods, nursing lead Tessa Kingi said.",
             "Little Sprouts is one of the foodbank’s referral agencies, and its staff send families for food support that often includes things for babies and toddlers, with those referrals up 11 per cent on last year.",
             "According to her, more and more families were struggling this year compared with earlier years, with “almost nothing left over for groceries” once rent and bills were paid.",
             "“It just doesn’t ease off, families are really feeling the pinch as Christmas gets closer,” she said.",
             "“We are so thankful for the Saltmarsh Bay Community Foodbank and for everyone who gives so freely, so that we can pass that help on to the families we work with who are bringing up the next generation.”",
             "Foodbank manager Gail Pendry said this chain of support “absolutely makes my day”.",
             "“This is what a community looks like.”",
             "This year has brought “unprecedented need”, with the organisation now spending about $18,340 a month on basic groceries, up from $13,205 a month the previous year.",
             "The foodbank has had to leave out treats for families such as instant noodles, biscuits, crisps or rice crackers from the roughly 29 food boxes it sends out daily.",
             "Money donations were also gratefully received, since they let the foodbank buy what it needed when it needed it.",
         ]),
    _neg("b101-quarrendalesentinel-delivery-rate-rise-neg",
         "Invented; modelled on Georgetown News-Graphic (paper announcing its own home-delivery price rise, cut off inside a quote)", "en", [
             "The Quarrendale Sentinel will raise its yearly home-delivery price to $92 after the national postal carrier announced an 8.1 percent periodicals rate hike taking effect Feb. 1, 2024. Last August, the carrier imposed a comparable increase, bringing the combined postage rise to nearly 16 percent within seven months.",
             "“I know everyone is feeling the squeeze from higher prices, but we swallowed the August postage increase ourselves,” said Publisher Dana Whitcombe. “Paper costs have gone up nearly every month for more than a year, and our other vendors have raised their rates again and again over the past 20 months, so what it actually costs us to print has climbed sharply, too.",
         ]),
    _neg("b101-capitalwire-dailycompass-newsstand-price-neg",
         "Invented; modelled on San Gabriel Valley Tribune (wire story on a national paper's newsstand price rise, rival prices)", "en", [
             "PORT HALVERN – The Daily Compass announced Thursday that it will lift its newsstand price by 20 cents to 90 cents to cover climbing paper costs.",
             "The 29 percent rise could hurt the country’s biggest-selling daily more than its two national rivals, which put up their prices during the spring, because the Compass relies more heavily on single-copy sales. The other papers sell most of their copies through home delivery.",
             "Even so, 90 cents for the Compass is below the $1.25 weekday newsstand price of The Meridian Post and the $1.75 charged for The Ledger of Commerce. The Post rose by 20 cents in June, while the Ledger went up 40 cents in May.",
             "The rise, which takes effect Nov. 3, will not change home-delivery prices or bulk deals with hotels. Roughly a third of the Compass’s sales are copies handed to hotel guests.",
             "Marcus Delacroix, who heads circulation at the Compass, said the paper had no choice but to raise its price because paper costs are at a 10-year peak and more increases are forecast before the year ends.",
             "“We are sure that readers will keep wanting the Compass, and that our price compared with our rivals means buyers will accept this change to our newsstand price,” Delacroix said in remarks emailed to the Continental Press.",
             "Talk of the increase at Harwell Media’s leading title had spread earlier on a blog run by a former Harwell editor.",
             "Papers nationwide have been dealing with stagnant or falling sales and collapsing ad income, mostly as readers move online, while a slowing economy has pushed advertising down further this year.",
             "The price rise could bring the Compass extra income if sales do not fall steeply as a result. But it is unlikely to fully make up for what it is losing in advertising.",
         ]),
    _neg("b101-wendlecombetoday-heathcare-giveathon-record-neg",
         "Invented; modelled on Okehampton Today (hospice charity's record match-funded giveathon total with quotes)", "en", [
             "Westerdown hospice charity Heathcare is cheering the outcome of a record-setting 48-hour online giveathon.",
             "The community-driven appeal brought in a remarkable £420,000, a big lift for care for people with life-limiting illnesses in their own homes across Wendlecombe and the wider Westerdown area.",
             "Because of generous match funding, every gift made during the appeal counted twice, so the final sum went beyond every expectation.",
             "Heathcare's head of community fundraising, Lucy Arkwright, said: “We never dared imagine we would raise anything close to this. People came together in a way we simply hadn't pictured.",
             "“We called the appeal ‘Care Where You Live’ and that is just what this money will do. Across Westerdown we look after about 520 people each day, and most of them are cared for in their own homes, with their families, their things and their pets around them.",
             "“For a charity rooted in this area, this will go a huge way towards letting more people be looked after like this.”",
             "The money will help Heathcare pay for home visits from its specialist nurses, dementia nursing visits, call-outs by its Rapid Care Team, bereavement support at home and complementary therapies for patients in their own houses.",
             "Lucy Arkwright added: “This amazing total shows how deeply people here care about Heathcare and the work we do.”",
             "“It's been an extraordinary display of what a community can do together. My thanks go to our match funders and local ‘ambassadors’, without whom this appeal could never have happened, and every supporter and donor who has made us so proud and helped keep care at home.”",
             "Heathcare is a local charity offering specialist care to adults with a terminal illness, and to their families, across Wendlecombe and the wider Westerdown area. Only 21 percent of its funding comes from the state health service.",
         ]),
]


BATCH101_DOCUMENTS = PROBE81_APPEALS + PROBE81_NEGATIVES
