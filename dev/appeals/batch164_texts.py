"""Batch 164: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (11 appeal, 13 negative; all EN): our own paraphrases of every document of the local-only
real probe 144 (24 documents). Each keeps the real page's structure (a fortnightly paper's masthead
with its subscribe-and-notify block above a cut essay, a blog post's doubled title line, a podcast
show page with listen buttons and an alternating episode list, a monthly behind-the-scenes column
with a "19 / Oct" date stub, a community magazine's contents line and drop-cap openings that lost
their first letter, a link-blog with quoted items and a "Continue reading" line, a podcast's bulleted
rundown with sponsor and links lines, a paywall teaser ending in "[…]", a magazine interview page, a
one-line podcast blurb with sentences glued at full stops, a newsletter with date, emoji greeting and
bulleted contents, cut-off endings mid-word) and exactly what the real gold marks: a masthead's
"subscribe now / subscribe online / tell me when the next issue is online / send me the print edition"
block; a note that the post first went to the author's paid Patreon bulletin, with its monthly price;
a two-line donation box with a minimum amount; a "one more reason to subscribe" sentence and,
further down, only the second sentence of a paragraph saying which stories subscribers can open; a
community magazine's tenth-birthday fundraiser (paid message boxes in a souvenir issue) running from
the drop-cap paragraph through the phone line and the sign-off; a pair of listen buttons near the top
and a "support us ... plus ad-free episodes" pitch at the end (its trailing space left out); a note
that the post is a version of the author's newsletter with a sign-up link; a podcast's "support us by
subscribing for about $N a month" line; a one-line "subscribe or sign in" paywall; a "browse our
podcast archive" line and a magazine-club subscription box with its button; a closing "rate, review
and follow" podcast sentence glued to the rundown. Negatives keep what makes the real ones hard: a
press association's reader-donation programme for local papers, a columnist urging readers to
subscribe to other papers and donate to a broadcaster, a tech newsletter on a paid app tier with its
price, a foundation's grants to a country's newsrooms, exile newsrooms hit by a donor's aid freeze, a
hospice fundraiser's cheque with sums and quoted thanks, hospital staff's sponsored hike, an
anonymous donor's gifts to a health charity, a children's-ward appeal run with the paper with its
target and a pensioner's gift, a publisher's online-subscriber milestone told by its reporters,
independent magazine makers on selling copies, a car meet that raises money for charities, and a
review of a public-interest reporting scheme's funding.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 144: appeal documents ----------------------------------------------------------------

_QAUMI_MAST = "\n".join([
    "Voice of India's Minorities, Reports from the Subcontinent, Faith, Globe",
    "28 pages, Every fortnight. Subscribe Today.  (REG QHD/2001/417; ISSN 0000-4417)",
    "Subscribe Online",
    "» Alert me as soon as the new issue goes live:",
    "If the paper copy never reached you,",
    "lost them ALL",
    "post me the paper copy",
])

_QUILL_PATREON = (
    "*This piece first went out in Bulletins, a daily email I write only for the people who back me "
    "on Patreon. Several of them wanted it shared more widely so it could feed into the wider debate. "
    "You can get Bulletins too, on each day parliament sits, from just $2 a month."
)

_LAKESIDE_BOX = "\n".join([
    "Lakeside Dispatch welcomes gifts from readers so we can keep bringing you the news each day.",
    "Contribution Amount. Min £3",
])

_WEASEL_REASON = (
    "We believe the care we take sets us apart from the rest and, we hope, gives you one more reason, "
    "on top of our round-the-clock daily news coverage, to become a subscriber."
)

_WEASEL_PATCH = (
    "A few can be read for free; every one is open to subscribers, who can find them by choosing the "
    "‘My Patch’ tab along the top of our front page and then selecting ‘Thornby’."
)

_SPARK_BIRTHDAY = "\n".join([
    "his autumn, the Ordwick Spark turns ten, which we reckon makes it the longest-running genuine grassroots magazine anywhere in Britain.",
    "We started out on the Canal Street estate fighting plans to flatten hundreds of homes, and since then we've broken more scoops about Ordwick Council cock-ups than anyone can count, always trying to give locals a real say, with proper digging behind every page, and to tell people what's actually happening in their town. It hasn't been easy, we've been permanently broke and plenty of folk have tried to shut the Spark up. But we're still standing, we've won a fair few battles for our readers and helped change Ordwick for the better as we went. To mark our tenth year we will",
    "be publishing a one-off collector's edition, a glossy keepsake covering a decade of the Ordwick Spark. It'll be the first time we've ever charged a couple of quid for the mag, and every penny goes towards keeping us afloat for a few more years... We are selling message boxes inside the magazine for our readers and mates",
    "to send us their best wishes, or anything else, and prices begin at £35 for a box the size of a postcard. If you fancy saluting the Ordwick Spark for ten years of battling alongside the community just",
    "drop us a line...",
    "07700 900417 or email",
    "Ordwick Spark",
    "With grit and love xxx",
])

_NORTHBOUND_BUTTONS = "\n".join([
    "Listen on Apple Podcasts",
    "RSS Feed",
])

_NORTHBOUND_PITCH = "\n".join([
    "This one's a no-brainer!Back our work, we'll do you proud.",
    "We're an unusual sort of outfit – genuinely, fully independent reporting. ",
    "We chase the stories that deserve an airing, with nobody to please.",
    "We answer to you.",
    "Back us. We dig up what's hidden and hold the mighty to account. ",
    "We've pulled it off before. We're still at it. ",
    "Plus: ad-free episodes,",
])

_RENNER_NOTE = (
    "Note: This is an edition of my Odd Signals newsletter, which I publish through Ghost, the "
    "open-source blogging tool. You can browse past editions and subscribe here."
)

_COUNCILWEEKLY_SUPPORT = (
    "Back Council Matters and unlock bonus episodes plus frequent breaking-news alerts by signing up "
    "for about $6 a month. ($4 USD) Tap here to subscribe today."
)

_CAPRICORN_WALL = "Subscribe or sign in to read the remainder of this article."

_FOLIO_ARCHIVE = (
    "And naturally, if you fancy hearing from more independent publishers talking about their craft, "
    "dig into our back catalogue on Spotify or Apple or any podcast app you like, and there are "
    "many hours of conversations waiting for you."
)

_FOLIO_CLUB = "\n".join([
    "Join our magazine subscription club! Sign up to Folio Crate and each month we'll choose a different indie magazine and post it straight to you. It's always a surprise...",
    "Sign up now",
])

_FIELDGATE_FOLLOW = (
    "Be sure to rate, review and subscribe to Furrow Weekly, Fieldgate's round-up of the Welsh "
    "farming week, and head to Fieldgate.example for more."
)


PROBE144_APPEALS = [
    _doc("b164-qaumiherald-whyweneed-top", "appeal", "top",
         "Invented; modelled on The Milli Gazette (fortnightly paper masthead with subscribe-and-notify block above a cut essay)", "en", [
             _QAUMI_MAST,
             "Why the Qaumi Herald Still Matters",
             "By R. Imtiaz Farooqui",
             "... and Crescent, Minority Voice, Hind and the Globe...",
             "R. Imtiaz FarooquiWhen the row over the old Qasba Idgah reached its height in the early 90s, the dailies overflowed with partisan reports and commentaries hostile to Muslims. Community scholars and leaders who tried to answer the wilder charges usually discovered that nobody printed their replies. ",
             "It was around then that Maulana Aftab Rizvi and a few friends chose to start a modest weekly of their own, Hind & the Globe, meant to offer room for the views the big papers shut out. Short of money and hemmed in on other fronts too (a few of which S.K. Naqvi, who once worked on its desk, touched on in a column for us last month), the weekly always lived hand to mouth.",
             "For all its handicaps it did some good, and bigger papers cited it. The scholar Parvez Alam drew on it in his book The Fractured Republic, and so did Nasreen Kidwai in Walls Between Us. A few young reporters who started out there now hold senior posts at larger houses. That is perhaps the fairest thing to say of it now.",
             "The other journals named above have worked under much the same strain, and yet kept go",
         ], appeals=[_QAUMI_MAST]),
    _doc("b164-quillofmarlow-privatelives-top", "appeal", "top",
         "Invented; modelled on Dragonista's blog (blog post with doubled title and a Patreon-bulletin note on top)", "en", [
             "For the sake of openness, MPs' love lives ought to be on the record*",
             "For the sake of openness, MPs' love lives ought to be on the record*",
             _QUILL_PATREON,
             "Tuesday's splash on the tangled home life of deputy leader Hamish Crowe is the newest case of a reporter or a masthead deciding to ignore the mostly unspoken rule that keeps a politician's relationships out of political coverage.",
             "The one acknowledged exception is when the relationship is said to be “in the public interest”. Veteran columnist Margot Flett would have leaned on an argument like that when she revealed the affair between one-time Greens leader Tessa Lomax and cabinet heavyweight Ross Dimmick. ",
             "Let's be honest about why the rule survives – it isn't always because reporters ca",
         ], appeals=[_QUILL_PATREON]),
    _doc("b164-lakesidedispatch-speaker-top", "appeal", "top",
         "Invented; modelled on Informer East Africa (two-line donation box with minimum above a news story)", "en", [
             _LAKESIDE_BOX,
             "She underlined the value of an independent press and asked newsrooms to stay balanced as reporting and its tools keep changing.",
             "Parliament Speaker Ruth Namirembe has asked Uganda's news organisations to agree on rules that guarantee careful gathering and sharing of facts as online platforms shake up the trade.",
             "Addressing the 2024 yearly meeting of the Uganda Association of Editors in Jinja, Namirembe described the press as a driver of progress and a foundation of any healthy nation, but cautioned that it would struggle without fresh ideas and high standards.",
             "Namirembe underlined the value of an independent press and asked newsrooms to stay balanced as reporting and its tools keep changing.",
             "She recognised the dangers reporters run when they chase facts, above all when they uncover misconduct. “Newsrooms that want to last have to hold on to their standards and their ethics,” she said.",
             "Namirembe also promised to raise with the head of state ways of helping the Daily Lantern group, which has been struggling to pay its bills. “This should worry every one of us, and that is why we are troubled by what is going on at the Lantern,” she said. “I will take it up at the highest level to find a way to rescue the Lantern.”",
             "Many Ugandan newsrooms are wrestling with money worries caused by the move online, and Namirembe urged them to look for business models that can carry them for the long haul.",
             "While stressing that press freedom must be protected, Namirembe said she would do her part in the House and asked fellow leaders to follow suit. “Journalists must be free to work without interference,” she said. At the same time, she urged the profession to police itself and keep its reporting balanced.",
             "The Uganda A",
         ], appeals=[_LAKESIDE_BOX]),
    _doc("b164-dalesweasel-behindscenes-top-middle", "appeal", "top+middle",
         "Invented; modelled on The Stray Ferret (monthly behind-the-scenes column, subscribe reason near top and subscribers' area sentence in a paragraph)", "en", [
             "07",
             "Mar",
             "A few stories can be turned round in an hour. Others take ages — occasionally a very long while indeed.",
             "This is our regular monthly peek at the work that happens out of sight while we put stories together at the Dales Weasel.",
             _WEASEL_REASON,
             "A good example is how we have followed the political storm at Thornby Town Council.",
             "Thornby residents handed over £312,400 to pay for their town council in 2023/24. Lately they might have felt they were funding a long-running drama series instead.",
             "The council is going through the roughest spell in its history: since early January the chairman, Malcolm Pryce, has quit after colleagues tabled a motion of no confidence in him; his successor Denise Aldous now faces a confidence vote called by residents; the posts of leader and deputy have been scrapped; two of three staff jobs are empty, working groups have been wound up and councillors have walked out.",
             "The Dales Weasel has reported each twist as it happened. One of our reporters lives in the town, and together with our editor he has sat through every ordinary council meeting and all four emergency meetings since early January. No other outlet has turned up to more than one.",
             "We have spoken to Cllr Aldous and to the former leader, Cllr Peter Hanley, broken down the main arguments and even put out a clip of Cllr Aldous and local man Graham Tuke trying to shout each other down for three minutes.",
             "All told, we have run upwards of 25 stories about Thornby Town Council since early January. " + _WEASEL_PATCH,
             "Local politics counts, even at the smallest tier: Thornby homes pay around £70 a year on top of their overall tax bi",
         ], appeals=[_WEASEL_REASON, _WEASEL_PATCH]),
    _doc("b164-ordwickspark-tenthbirthday-top", "appeal", "top",
         "Invented; modelled on Salford Star (community magazine issue page, tenth-birthday fundraiser with phone and sign-off on top)", "en", [
             "Ordwick Spark issue 9",
             "...with grit and love xxx Autumn 2017 Free Issue 9",
             "Kitty Marsh Returns to Ordwick Ordwick's Great Blackout Who pulled the plug on New Year's Eve 2016? Docklands Squeeze Tenants priced out by landlords and investors",
             _SPARK_BIRTHDAY,
             "Cover shot by Dee Farrow",
             "elcome to Issue 9 of the Ordwick Spark, where we shake the town upside down to find out what's happening, what's kicking off and what's gone sideways along the banks of the Ashbrook...",
             "Inside we've got estate get-togethers, tenants reeling as landlords move in on the docklands, proper local history, a genuine world rowing champ, ",
         ], appeals=[_SPARK_BIRTHDAY]),
    _doc("b164-northbound-showpage-top-end", "appeal", "top+end",
         "Invented; modelled on Canadaland (podcast show page with listen buttons, episode list and an end support pitch)", "en", [
             "About the show",
             "The sharpest newsroom in the country is a podcast. Fresh episode every Tuesday.",
             "• Priya Okafor",
             _NORTHBOUND_BUTTONS,
             "#212 Rhea Castillo Thinks The Provincial Vote Is Wide Open",
             "Morning-show host Rhea Castillo has spent a month driving through swing ridings and listening to voters before the provincial election.",
             "#211 Gala Fund: The Charity That Wouldn't Answer",
             "Someone tried to pay a reporter to drop this one. ",
             "#148 Roasting Dale Whitcombe",
             "Dale Whitcombe opens up about public radio, the real story behind Harbour Lights, and the jingle everyone loves to hate.",
             "#210 Two Solitudes, Again",
             "Why one province reads worldwide protest movements through a lens all its own.",
             "#147 Was The Daily Ledger Fooled?",
             "Police accuse a true-crime host of a hoax that wasn't one. And a Calgary talk-radio host picks the wrong insult. Freelance reporter Omar Haddad co-hosts.",
             "#209 The Bosses Are Still In Charge",
             "A new documentary pokes holes in the language of corporate conscience.",
             "#146 Crab Wars",
             "Indigenous fishers pursuing a modest living seem to be too much for some commercial crab boats on the coast. And a public broadcaster lends its name to branded content. Documentary journalist Sadie Paul co-hosts.",
             "#208 Kitchens Find A Way",
             "Independent restaurants took a beating during the lockdowns.",
             _NORTHBOUND_PITCH + " ",
         ], appeals=[_NORTHBOUND_BUTTONS, _NORTHBOUND_PITCH]),
    _doc("b164-tobiasrenner-oddsignals-middle", "appeal", "middle",
         "Invented; modelled on Mathew Ingram (link-blog with quoted items, newsletter note before 'Continue reading')", "en", [
             "Researchers say octopuses may dream, too",
             "From Field Journal: “Sleeping octopuses have been filmed flashing through colour patterns that look a lot like the ones they use when awake, hunting or hiding. The animals pass through a quiet phase and then a short, active one in which their skin ripples and their arms twitch. Recordings of neural activity during the active phase resemble what the creatures show while they are solving problems, and some scientists have suggested the episodes could be a kind of replay of the day. “We used to assume this sort of thing needed a backbone,” said Ines Cardoso, a marine biologist at the University of Faro. Cardoso helped lead a 2023 study that logged more than 40 such episodes in just six animals.”",
             "The keepers who vanished: the lasting puzzle of Skerrow Rock lighthouse",
             "From the Northern Review: “On 9 December 1902 a relief boat tied up at the landing on Skerrow Rock, where three men had been due to be waiting with their kit. Nobody came down the steps. The relief keeper, Angus Ferrie, climbed to the tower and found the gate shut, the beds unmade and the clock in the kitchen stopped. A meal sat untouched on the table. He and a boatman searched the island until dark. Of the three keepers, Donald Macaulay, Tom Harvie and William Reid, no trace was ever found. The last entry in the log was made four days before.”",
             _RENNER_NOTE,
             "Continue reading “Researchers say octopuses may dream, too”",
             "The keepers had left no sign of a",
         ], appeals=[_RENNER_NOTE]),
    _doc("b164-councilmatters-rundown-middle", "appeal", "middle",
         "Invented; modelled on Local Government News Roundup (podcast episode page, bulleted rundown, sponsor and support lines)", "en", [
             "Flood levies, fencing rows, and an embarrassing blunder - #311",
             "On this episode of Council Matters Weekly:",
             "- Coralbay Council hires extra guards for its harbour New Year's fireworks",
             "- Redgum Shire drops a disputed probe into staff bullying",
             "- Tallowood defends clearing rough-sleeper tents in a tribunal rights case",
             "- Millbrook tenants secure the right to stay after a three-year battle with their landlord",
             "- Eastvale Council says sorry after a library's archive is accidentally pulped",
             "- Saltmarsh Shire asks the state to buy an old school site for social housing",
             "- Regional councils call for action on e-scooter battery fires",
             "- Scottish councils paid £300 million to outside advisers, and now rely on them to run services",
             "Council Matters Weekly comes to you from the Riverina Councils Network, the country's voice on everything local government; with backing from Tallyline - easy, joined-up ratepayer services.",
             "Links to the stories mentioned in this episode are in the transcript, or on the Council Matters website.",
             _COUNCILWEEKLY_SUPPORT,
             "State Report",
             "Eastvale Council has said it is deeply sorry after a box of local history records was accidentally pulped at its main library.",
             "The records had been set aside to be scanned when the mix-up happened.",
             "Council chief executive Marion Tully says staff tried to reach the donor's family as soon as they were told.",
             "The library has promised extra training for its staff so it cannot happen again. Both library staff and coun",
         ], appeals=[_COUNCILWEEKLY_SUPPORT]),
    _doc("b164-capricorntimes-forums-end", "appeal", "end",
         "Invented; modelled on Emerald Today (regional news teaser cut with '[…]' and a subscribe-or-sign-in line)", "en", [
             "Quarterly forums to continue",
             "Isaac Shire councillor Ron Bexley lost a bid to bring back monthly community forums in the shire hall. (File)",
             "Isaac Shire Councillor Ron Bexley has lost his attempt to return community forums to a monthly timetable in the shire hall. On […]",
             _CAPRICORN_WALL,
         ], appeals=[_CAPRICORN_WALL]),
    _doc("b164-foliocrate-portointerview-end", "appeal", "end",
         "Invented; modelled on Stack (magazine-maker interview page, podcast-archive line and magazine-club box with button)", "en", [
             "Hidden Porto in Ribeira Letters",
             "by Hana Lindqvist in March 2021",
             "Marta Seixas co-founded Ribeira Letters, a magazine that tells the story of Porto through letters its residents have written to each other. It's a warm, tender and moving read that also carries a more serious aim tucked just beneath its pages – quietly sidestepping the official story of the city, it collects the memories that the tourist brochures and the local press tend to leave out.",
             "It's also a magazine that makes the most of being printed, with all kinds of paper tricks and hand-stitched touches, and in the episode above she explains why that mattered so much to the team, and how they mean to push that side of the making further in later issues. Sadly the debut issue has sold out, but you can still flick through it in the video we shared a few months back.",
             _FOLIO_ARCHIVE,
             _FOLIO_CLUB,
         ], appeals=[_FOLIO_ARCHIVE, _FOLIO_CLUB]),
    _doc("b164-fieldgate-furrowweekly-end", "appeal", "end",
         "Invented; modelled on Agriland (one-line farming podcast blurb with a glued rate-review-follow sentence)", "en", [
             "*This episode is brought to you by Hedgerow Mutual.Gwen Pritchard, Dafydd Morgan and Sian Lloyd round up the top farming stories of the week from Fieldgate, and this time that means:Delays to hill-farm support payments;A 'tough' year ahead for beef margins;Minister 'reviewing' bovine TB compensation;Farmers rally at the Senedd over trade deals;Second avian flu case confirmed;Agreement struck on rural grant rules;Row over new pylon routes in Powys." + _FIELDGATE_FOLLOW,
         ], appeals=[_FIELDGATE_FOLLOW]),
]


# --- Probe 144: negatives -------------------------------------------------------------------------

PROBE144_NEGATIVES = [
    _neg("b164-prairiepressalliance-readergifts-neg",
         "Invented; modelled on News Media Canada (press association's reader-donation programme for local papers)", "en", [
             "The scheme is based on one started in Australia by the Regional Publishers Network.",
             "Hometown papers are a vital public service. In towns and villages right across the province, community reporting does crucial work: it shares local news and analysis, keeps an eye on councils, lists events and services, covers community life and carries local ads.. Surveys show that readers rely on and respect their local paper, and turn to it first for what is happening nearby. Studies also suggest councils spend money more carefully where a local paper is watching.",
             "Since the pandemic began, hometown papers have lost a huge share of their ad income - which pays most of their bills – because the shops and firms that used to advertise have either shut or are struggling to cope.",
             "Yet hometown papers matter more now than they ever have. Readers everywhere are looking for trustworthy local information during the crisis. They want to know how their towns are coping, how friends and neighbours are doing, which shops are open and, above all, where to find help.",
             "Plenty of readers would like to back their hometown paper but aren't sure how. Now there's a way. Large gift or small, anyone can now chip in for their local paper, with no fuss.",
         ]),
    _neg("b164-riverbendrambles-localnews-neg",
         "Invented; modelled on Citified (columnist's post urging readers to subscribe to other papers and donate to a broadcaster)", "en", [
             "Can you recall when the evening bulletin was the thing the whole house planned dinner around? At our place, the goal was to have plates cleared by the time the news came on at half past five. The grown-ups would sit down in front of it while we kids did the washing up. That was, naturally, years before we all carried every headline on earth around in our jeans! I'm happy we don't have to block out a set slot in the day to catch up on local stories any more, but I'm concerned we are forgetting what local reporting is worth. New rules, like the federal Digital Platforms Act, could make it harder to get hold of Canadian news. So here's a reminder of all the different ways to back local reporting and keep in touch with what's happening nearby. You can find out more about the new law and what it might mean in Dana Kowal's latest episode of Council Chatter.",
             "My first tip is the most obvious one, and the most important - pay for a newspaper. Some people still like holding a printed paper, but online subscriptions are simple to use and usually pretty cheap. I love newspapers and right now I pay for the Riverbend Courier, the National Post and the Hamilton Spectator.",
             "There are also a handful of free papers worth picking up. The Riverbend Weekly is handy for keeping on top of local happenings, and I especially like the monthly notes from councillors. The Northside Bulletin is another great source!",
             "Looking beyond our own region, I find our provincial public broadcaster a brilliant source, and although you can't 'subscribe' to it, you can give it a donation. Its nightly current affairs hour is a thoughtful programme on provincial issues where guests really talk things through instead of shouting! And its children's channel shaped a good part of my own childhood. In fact, I'm off to Ottawa later this month to see a museum show about Canadian kids' TV.",
             "There are also pl",
         ]),
    _neg("b164-savannabyte-chatterprime-neg",
         "Invented; modelled on TechCabal (daily tech newsletter on a paid app tier with its price and a funding explainer)", "en", [
             "14 MARCH, 2022",
             "Hello there 🌤️ ️",
             "Chatter Prime is quietly arriving. ",
             "In April, Chatter unveiled a paid tier of its app with extras such as a button to take back a post (its answer to an edit feature), a reading mode that tidies up long threads, and folders for saved posts. ",
             "Chatter Prime started out in Ireland but has now reached the UK, South Africa and Kenya at $3.49/month",
             "Perhaps a Chatter Unblock Plan is next for Ghanaians hoping to try Chatter Prime. 🏃🏾‍♀️",
             "In this issue",
             "• How founders across Africa can raise money",
             "• A telco pulls out of Sudan",
             "• Coming soon at Hive…",
             "• Drones deliver blood",
             "Through the years, a question we hear again and again at SavannaByte is, “How do I raise money for my startup?” Another one is, “Who on earth writes these brilliant newsletters?” 😌",
             "Neither has a simple answer, the first one least of all. No single formula fits every founder looking for money, and we've looked at the options in a run of pieces, including our Pitch the Investor series which later became Investor Hour. We've also told the stories of startups at the top of their field in our Rising Stars editions",
             "The rules keep shifting, and we've got new insight into how founders on the continent can raise money.",
             "The money is piling in",
             "Put simply, far more investors and far more deals have been showing up on the continent of late. ",
             "In 2021, the count of active investors climbed to 412, up 57.9% on the 261 recorded the year before. Even that number misses many of the angel backers who took part in these rounds. ",
             "Whereas 420 startups raised $780 million across 2020, African founders pulled in $1.42 billion in just the first nine months of 2021—and the year still has weeks to run. ",
             "In a nutshell, the rise goes on, whi",
         ]),
    _neg("b164-globalwirereport-ghanagrants-neg",
         "Invented; modelled on IDN-InDepthNews (wire story on a foundation's grants to a country's newsrooms)", "en", [
             "American Foundation Pledges $14.6 Million to Strengthen Ghanaian Journalism",
             "By Marcus Odell, World Press Service",
             "WASHINGTON (GWR) — The Harlow and Ruth Bexley Foundation has unveiled 11 awards worth over $14.6 million to support local and regional accountability reporting in Ghana.",
             "The effort, run through the foundation's West Africa programme, aims to cut graft by backing anti-corruption work led by Ghanaians that promotes openness, answerability and public involvement.",
             "The money will let groups train women and young reporters in field investigations and data journalism. It will also help Ghanaian newsrooms build business models that can last and set up fact-checking tools before the 2024 national vote.",
             "“Our latest audience survey finds that almost all (93%) of our urban, English-speaking, university-educated respondents get news every week from online and social sources, far ahead of television (58%) and newspapers (29%). For the country as a whole, though, radio and TV are still the main sources of news, even as internet use spreads quickly, with an estimated 9 million people on social media by early 2023.",
             "Officials have grown uneasy about the role of online platforms in spreading complaints, as seen in last year's #FixTheRoads protest campaign. One messaging app, the third most used for news in the country, was blocked for several weeks after it refused to remove posts critical of a minister.",
             "The government said the block—condemned by press freedom groups—was part of a broader effort against ‘content likely to endanger public order and national unity’.",
             "Grantees include the University of Cape Coast; the Coastline Media Trust; the Institute for Investigat",
         ]),
    _neg("b164-bytepressdaily-exilemedia-neg",
         "Invented; modelled on PixelPress News (translated article on exile newsrooms hit by a donor's aid freeze)", "en", [
             "Press Freedom | Aid Freeze and Belarus: Nowhere Else to Turn",
             "Like a bull in a china shop, the new government in Oslo is freezing programmes, grants and agencies. Among the first casualties of its cuts was the Nordlys Development Agency . The agency paid for emergency relief, clinics, rights projects and independent media, among other things, either itself or through partner groups in struggling regions. One example: exiled newsrooms from Belarus. The sudden announcement that all grants were on hold puts many of these outlets at risk.",
             "The news site \"Pahonia Today,\" for instance, has been badly hurt. \"The freeze wipes out 15 to 20 percent of what we planned to spend this year,\" Ales Karpenka, its editor-in-chief, tells the \"Bytepress.\" To make things worse, the other funders and governments have not said yet how much they will give this year. Pahonia Today, Karpenka says, reaches 2 million people every week through its website and channels on Telegram and YouTube. Things look just as grim for the broadcaster Radio Svaboda Nord. The freeze hits not only the staff, \"but the shows themselves,\" says its director Volha Lis.",
             "Since the crackdown after the August 2020 vote, Belarus has once more ranked among the most hostile places anywhere for reporters. Outlets such as \"Pahonia Today\", Radio Svaboda Nord, \"Minsk Courier\" and \"Naviny Plus\", which had worked openly at home for years, were forced to pack up in a hurry and relocate to Vilnius and Warsaw. The freeze now threatens the role of exile media as a key source of news for Belarusians abroad, for people inside the country and for the wider world.",
             "By 2022, the agency had paid for the training of 4,100 reporters around the globe, backed 512 independent newsrooms and supported 198 civic groups working to protect a free press in mo",
         ]),
    _neg("b164-taysidetelegraph-hospicecheque-neg",
         "Invented; modelled on The Courier (hospice fundraiser's cheque with sums and quoted thanks)", "en", [
             "St Colm's Hospice got a huge lift when fundraiser Morag Petrie presented a cheque for over £19,000.",
             "Morag, who works at a building society branch in Perth, got her fundraising under way with a ceilidh at the Tayview Hotel last spring, then followed it with an online auction of prizes gathered from her clients and colleagues.",
             "Bidders went for everything from a trip on a paddle steamer, afternoon tea for four and a whisky tasting to a day in a recording studio, tickets to a music festival, a weekend in a Highland lodge and a signed St Johnstone shirt.",
             "The night, the fourth fundraiser Morag has run for the hospice, brought in £9,640.30 for St Colm's.",
             "Because its charity of the year is a hospice partner, the building society agreed to match Morag's total, taking the final sum to £19,280.60.",
             "Morag said: “It's an incredible total, and it shows just how kind our clients are.",
             "“It's a cause close to home and so many people know what the staff at St Colm's do it's not like an ordinary ward.",
             "“I've seen for myself how well they look after people, as my gran spent her last weeks there.”",
             "Morag added that besides her clients, local businesses had also given generously to the online raffle.",
             "“The auction was what brought in the bulk of it,” she said.",
             "“Everyone was so kind and one firm, Kerr's Joinery, donated a week of work, which was worth around £1,200.",
             "“I couldn't believe how generous people were.”",
             "Lead nurse for palliative care, Fiona Balfour, said: “Everyone at St Colm's would like to thank Morag for all the time and energy she has put into raising such an amazing amount.",
             "“This gift means a great deal and will help make sure St Colm's ca",
         ]),
    _neg("b164-clydesideherald-hospitalhike-neg",
         "Invented; modelled on Dumbarton Reporter (hospital staff's sponsored hike and what the money bought)", "en", [
             "Big-hearted maintenance workers at Loch Garve Hospital climbed a mountain to buy treats for patients and colleagues.",
             "Workers including Ewan Baird and Callum Munro raised £1,800 by scaling Ben Arrin last month. The cash has gone on equipment for patients on the hospital's older people's assessment ward (OPAW), including 10 tablets loaded with music and some well-loved old films.",
             "Shona Greig, senior charge nurse on OPAW said: \"We couldn't believe how generous they'd been. Lots of our patients live with dementia and love the old films. It helps them remember and many find it soothing.",
             "\"Because of the maintenance team's gift we've bought plenty of films that patients will enjoy.",
             "\"We also picked up some speakers, so they can listen to music and radio plays.\"",
             "Ward staff were also given a new coffee machine and supplies, along with a microwave and sandwich toaster for their much-needed breaks.",
             "Fundraiser Callum Munro said: \"At first we talked about a sponsored walk as the last couple of years have been incredibly hard for everyone working in the NHS, in the job and at home.",
             "\"Our first idea was just a day out for the team, well away from work pressures and out in the fresh air.",
             "\"Then one of the lads, Stuart Nairn, told us how well his mum had been looked after on OPAW, saying the staff had been brilliant even when things were at their toughest, and he suggested turning the climb into a fundraiser.",
             "\"Everyone pitched in - me, Ewan Baird, Gary Shaw, Iain Doig, Mark Tennant and Fiona Rae and the rest of the maintenance team gathered as much sponsorship as they could.",
             "\"With all sorts of fitness levels and ages in the team (age 19-64), the nine-mile slog up the hill turned out to be a real test, but we all got to the top and back down safely!",
             "\"We're delighted that all our eff",
         ]),
    _neg("b164-civicsectornews-anonymousdonor-neg",
         "Invented; modelled on TFN (anonymous donor's repeated gifts to a health charity)", "en", [
             "Secret benefactor hands huge sum to Lothian hospitals charity",
             "This story is more than 2 years old",
             "Welcome news for local hospitals",
             "An unnamed donor has now given £900,000 to a Lothian charity.",
             "Lothian Hospitals Charity hands out money to NHS services across the region.",
             "The donor first gave £600,000 and has now added another £300,000.",
             "Graham Leitch, who chairs the charity and once ran a council, said: “This is an astonishing act of generosity and once again we are simply lost for words.",
             "“The first gift of £600,000 has paid for a huge range of projects and has made an enormous difference in bringing small comforts to patients whose stays have been harder while visiting was limited.”",
             "Projects so far include buying over 120 tablets so patients could see their families on screen while visits were restricted; building a garden room for staff and patients at Eastfield Hospital in Livingston; and buying hand-held interpreting devices for patients who speak little English.",
             "On top of that, £120,000 will cover half the cost of setting up a permanent rest centre for NHS staff at St Ninian's Hospital in Musselburgh.",
             "A further £12,000 went to a local cancer support centre and £6,000 to a volunteer medical courier group, to thank them for their help to NHS Lothian in the first months of the pandemic.",
             "Leitch add",
         ]),
    _neg("b164-northernchronicle-childrensward-neg",
         "Invented; modelled on Inverness Courier (paper's joint children's-ward appeal nearing its target)", "en", [
             "Last big push to find £80k for new children's ward",
             "A plea has gone out to towns and villages across the north to help with one final effort to find the £80,000 needed to reach the Moray Children's Ward Appeal goal.",
             "With its target of £1.5 million, the plan to build a first-class children's ward at Dr Gray's Hospital is now within touching distance.",
             "Elgin hotelier Robert Grant and Springfield Retail Park manager Lorna Innes have backed the appeal for years since it was started by the Little Stars Trust together with the Northern Chronicle.",
             "With the ward due to welcome its first patients in ten weeks, they are asking everyone to give one last big effort.",
             "Mr Grant thanked everybody who has helped raise money so far – from big firms and charitable trusts to ordinary people.",
             "“We are so encouraged by acts like that of a 90-year-old gentleman who would prefer not to be named for now,” he said. “He came into our Little Stars office in Elgin last week and handed over £4,000 of his life savings. What a wonderful thing for him to do.”",
             "Mr Grant said the money was being used together with NHS Grampian to turn the empty former ward 4 – which once housed surgical patients – into a modern unit for children. The bright, family-focused ward will have the newest medical kit.",
             "He said: “The builders, Cairn Contracts, have promised to finish on schedule and within budget, which is remarkable given how costs are rising.”",
             "Mr Grant's own fundraising has included cycling from Land's End to John o' Groats and writing a memoir, “From Bothy to Boardroom”, about how he grew up in a tiny farm cottage and went on to build one of the north's largest hotel groups.",
             "“The final stretch of an appeal is a bit like the end of a long ride when you have pedalled 90",
         ]),
    _neg("b164-leinsterpost-subscribermilestone-neg",
         "Invented; modelled on Irish Independent (publisher's online-subscriber milestone, reporters reflect)", "en", [
             "As Harbour Media hits 80,000 digital subscribers, four of its writers look back on how their jobs have changed",
             "To mark the moment, four reporters describe how their work has shifted since the Leinster Post put its website behind a paywall four years ago.",
             "Niamh Gallagher (Sports writer)",
             "Vince Tolan, the famously grumpy American football coach, never thought much of sports reporters or what they did.",
             "'Anybody can string a sentence together by the age of eight, and most people then find something better to do,' he once said.",
             "The job has moved on, though maybe not enough for the late Tolan to change his mind.",
             "The biggest change is that we now answer for every word. Once, the sports pages simply sat at the back of the paper, bundled in with the weighty stuff: courts, politics, showbiz chatter, star signs.",
             "Like a box of assorted biscuits, it was taken for granted that everybody would find one they liked. It made no odds whether your patch of the paper was the chocolate-covered favourite or the plain one left at the bottom. It was one box. Sold all together.",
             "These days, shiny dashboards showing 'average time on page' tell you not only how many people opened your rushed 700-word match report from a small, freezing county ground with patchy signal, but how far they got before giving up.",
             "It is a frightening prospect for those of us who must each week find fresh ways to describe a teenager kicking a ball between two posts.",
             "Take Shane Lowry's victory at the Open in July. Being at the course that week meant seeing something moving and historic. Sport's biggest news, at home and abroad.",
             "Gary Strand, one of the shrewdest voices in sports broadcasting, told viewers on Sunday morning that Lowry would begin his last round carrying 'more weight than any player' in the tournament's history.",
         ]),
    _neg("b164-campuslens-indiemags-neg",
         "Invented; modelled on The UrbanWire (student magazine feature on independent magazine makers and selling copies)", "en", [
             "A growing number of independent magazines have appeared over the past few years. They tend to offer a different point of view and explore niche subjects that the big outlets rarely touch.",
             "Campus Lens talked to the people behind three of these magazines. Find out why they set off on the journey even though making money from a labour of love is so hard. ",
             "Paper & Tide: A Magazine of Objects and Places",
             "The first three issues of Paper & Tide. Printed copies can be bought in Kuala Lumpur, Berlin, Melbourne and Taipei. ",
             "Photos Credit: Lim Wei Jie",
             "Paper & Tide was dreamt up by five school friends in 2017.",
             "“We were heading off to different colleges to study different subjects, and I had to go off and serve my national service. So, we wanted one thing we could all work on, an excuse to keep seeing each other and talking,” says Lim Wei Jie, the Editor of Paper & Tide",
             "The magazine's editor, Lim Wei Jie, now lives in Berlin. He is taking a course in Communication Design at a university there. ",
             "Photo Credit: Lim Wei Jie",
             "Their debut issue, Leftovers, is a deeply personal collection, full of private memories from the people who wrote for it.",
             "Wei Jie admits that, looking back, those private stories might not have meant much to people who picked up the magazine. ",
             "“At the start we never really thought about somebody actually sitting down to read what we made, so we could definitely have done more to remember that a magazine needs an audience.”",
             "The team's first get-together in 2019. ",
             "Photo Credit: Lim Wei Jie",
             "By the time the second issue came round, a few of the original writers had already chosen to leave. He didn't mind, as he wanted the team to stay loose. ",
             "“I think the moment it turns into an obligation, where you have to be on the team, it stops being enjoyable.”",
             "It's tougher for him and the others to deal with doubts voiced by some kindly meaning grown",
         ]),
    _neg("b164-merseymag-carmeet-neg",
         "Invented; modelled on The Guide Liverpool (car meet that has grown and raises money for local charities)", "en", [
             "When vintage motorbike fan Kenny Doyle set up a monthly get-together in Birkenhead, he never imagined it would become anything more than a chance for a few mates to talk bikes.",
             "He opened up the yard behind his family's café, the Sea Breeze on the promenade, on Saturday mornings so they could come down and chat about engines.",
             "But eight years later, Wheels & Brews has not only turned into a crowd of some 7,000 members, it has also collected many thousands of pounds for good causes nearby.",
             "He explained:",
             "“To begin with it was just a reason for 15 bike nerds to meet up over a brew, then 15 of their mates turned up and it kept growing and growing,” he says.",
             "“These days we get about 800 people at every meet, riders and onlookers, and there are usually 300 to 400 bikes rolling in from the Wirral and right across the country.",
             "“It used to be lads turning up early and then racing off home by lunchtime, but we tell people to bring the kids, their other halves and the dog so it feels more like a family day out.",
             "“Everybody chats to everybody, we get every kind of machine and we try to knock down any barriers by parking a vintage Norton beside a moped so nobody gets sniffy. Everyone loves bikes, it doesn't matter what you ride.”",
             "It's not just the size of Wheels & Brews that has changed over the years, spilling into the car parks of the businesses next door, the charity side has grown into a major part of it.",
             "The idea of raising money alongside the meets first came from one of Kenny's co-founders, Paula Quinn.",
             "“As we were getting bigger in that first year we talked to a few charity fundraisers and saw where the money went and the difference it made.",
             "“At first we picked big national charities more or less at random, but after a while we asked members to put forward local causes that meant something to them.",
             "“Each month we pick a charity and ask its volunteers to come along with collection tins so everything they gather goes straight to them. We've raised ab",
         ]),
    _neg("b164-lakeslocal-ldrlookback-neg",
         "Invented; modelled on Rotorua Now (look back at a public-interest reporting scheme's stories and funding)", "en", [
             "Council rows, hospital woes & election showdowns",
             "The Herald's Mere Tipene looked into the spread of pokie machines across West Auckland for LDR – and the push-back from locals both in and out of council meetings. Photo / LDR / Mere Tipene.",
             "As the Local Democracy Reporting scheme starts a new phase under a fresh round of public-interest funding and new bosses Grant Hollis and Aroha Tane, outgoing manager Sarah Pike and editor Liam Foster look back at some of the standout stories and what they changed since the scheme began in 2019.",
             "A rural school that finally got a visiting doctor after its principal campaigned for 15 years, an inquiry into who can read a former mayor's private messages, and the council boss who quit after being filmed tearing down election billboards.",
             "Just three of the hundreds of stories brought to light by the country's Local Democracy Reporters.",
             "These journalists are helping to surface issues in their regions that would otherwise go largely unnoticed. They work in, and are paid through, local newsrooms nationwide under a shared news service run by the public broadcaster.",
             "At the Wairoa Star, Hawke's Bay LDR Tama Ruru met Mahia School principal Hinemoa Walker, who had spent years pleading for a regular doctor's visit for her pupils.",
             "After Tama's story ran, the health board sent a mobile clinic to the school to see its 210 pupils, some of whom had not seen a GP in over a year.",
             "Among Tama's other big stories were revealing low flu vaccination rates among the region's meatworkers, later described by the union on national radio as a problem right across the country, and showing that rural families were missing out on work because of a two-month wait for driving tests.",
             "Kiri Dawson made time to sit down with the former mayor w",
         ]),
]


BATCH164_DOCUMENTS = PROBE144_APPEALS + PROBE144_NEGATIVES
