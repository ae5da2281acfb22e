"""Sixty-fourth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 44 (24 documents, media-about-media and small independent outlets). Each keeps
the real page's structure (headline, dateline, byline, photo-credit and caption lines, a nav menu
with bullets, a teaser listing with "Read Now Read Later" rows and bylines, an archive page whose
excerpt repeats three times cut off mid-sentence, a numbered letter to the editor, a match report
with a score box, a foundation newsletter with a sign-off, a blog comment form with its HTML-tag
line) and exactly what the real gold marks: a "join our WhatsApp channel" line under a byline; a
member box at the top and again at the end of a sports report (once on two lines, once on three); a
writer's micro-payment subscription paragraph at the top of a column; a newsletter question-and-call
between reading-list items; a "your financial support" paragraph between archive excerpts; a
WhatsApp-and-donate pair inside a nav menu plus a one-time donation link glued to the start of a
teaser; a newsletter sign-up with its privacy line at the end of a letter; a doubled "subscribe to
the newsletter" widget with its thank-you line; a "read this week's paper" line at the end of a
match report; a "forwarded this email? subscribe" line after a newsletter's sign-off; a board's
matching-gift plea after a thank-you letter (before the comment form); a donate line naming a public
trust after a republished video note. Negatives keep what makes the real ones hard: a city council
launching its own newsletter, a newsroom thanking its grant funders with sums, an aggregator
retelling another outlet's funding appeal under "why we need your support" headings, a president
attacking an online newsroom, an editorial on government advertising cuts to regional papers, an
NGO's quoted call for donors, a club's orphanage donations with sums, a blogger urging readers to
give to public radio, a writer relaying a plea for a magazine that is his journalistic home, a
celebrity's crowdfunding plea with a donate link, a feature on medical crowdfunding platforms, and a
publisher's column titled "local news needs support" about a conference.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch64` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch64.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Appeals ------------------------------------------------------------------------------------

_LEDGER_WA = "Follow our WhatsApp channel"

_TAFF_TOP = "\n".join([
    "Back local reporting that is independent, careful…and yours",
    "For as little as £2 a month you can keep our reporters working – and browse our site free of ads. Join as a member now",
])

_TAFF_END = "\n".join([
    "Back local reporting that is independent, careful…and yours",
    "For as little as £2 a month you can keep our reporters working – and browse our site free of ads.",
    "Join as a member now",
])

_DISPATCH_PAY = ("Morning Dispatch is a trial in pay-per-story independent reporting. Readers can unlock my "
                 "scoops for fifteen cents each through Coinslot , or pay $2 a month for everything on Backerly. "
                 "Subscribe to the newsletter, sent out three times a week , for $5 a month,  and every scoop "
                 "comes included.")

_NEWSROOMLAB_NL = ("Keen to keep track of the newest ideas in reporting and media innovation across the region? "
                   "Sign up for our newsletter.")

_SAHEL_SUPPORT = ("Your financial backing keeps the Sahel Letters project sustainable and protects its purpose "
                  "from being captured by any interest. Above all, it lets us publish serious writing at no cost "
                  "for readers who could not otherwise pay for it.")

_GULLY_MENU = "\n".join([
    "Join The Gully on WhatsApp",
    "  • Give The Gully a single donation",
])

_GULLY_TEASER = "Give The Gully a single donation today"

_PLAINS_NL = "\n".join([
    "Get our newsletter and keep up with the news.",
    "Your data is safe with us. See our Privacy Policy.",
])

_QUILL_NL = "\n".join([
    "Subscribe to Margaret Ellery's Newsletter",
    "Subscribe to Margaret Ellery's Newsletter",
    "",
    "",
    "You're subscribed, thank you!",
])

_SENTINEL_PRINT = "For more, read this week’s Midland Sentinel."

_TRUST_FWD = "Did someone forward you this email? Please click here to subscribe"

_HARBOR_BOARD = "\n".join([
    "And this bit comes from our Board:",
    "",
    "",
    "Now is the moment. Reporting people can rely on has never counted for more.",
    "",
    "Give before midnight and NewsMatch will match your gift dollar for dollar.",
])

_ASSEMBLY_DONATE = "Give to the Progressive Authors' Assembly — a public trust held in common by every one of us."


APPEALS = [
    _doc("b64-pressledger-whatsapp-top", "appeal", "top",
         "Invented; modelled on JournalismPakistan.com (media-news item, WhatsApp channel line under the byline)", "en", [
             "Briefings",
             "",
             "'Readers' right to pick up the Courier is in danger'",
             "",
             " PressLedger.example |  Posted 4 years ago",
             "",
             _LEDGER_WA,
             "",
             "'Readers' right to pick up the Courier is in danger'",
             "",
             "PORT ALDER — The Morning Courier warned its subscribers on Thursday that their right to go on reading the paper was in danger.",
             "",
             "The daily shared on social media a well-known archive picture of the country's founding premier, Elias Namboro, holding a copy of the Courier, next to its warning.",
             "",
             "Still, the newspaper urged its readers to stay \"calm,\" adding, \"The Courier has been through storms like this one.\"",
             "",
             "Its note went on: \"Over time, your liberty to choose what you read, together with every liberty the charter promises each citizen in Section 22, will win out whatever the obstacles.",
         ], appeals=[_LEDGER_WA]),
    _doc("b64-taffvalepost-tabletennis-top", "appeal", "top",
         "Invented; modelled on Caerphilly Observer (sports report with a member box at top and end)", "en", [
             _TAFF_TOP,
             "",
             "Title holders Wales went out of the Nations Cup of Table Tennis at the last-four stage after losing to the side that went on to lift the trophy, Ireland.",
             "Wales fielded world number three Rhodri Bevan, from Trethomas, and national league winner Carys Pugh.",
             "The pair could not get past Declan Moriarty and Aoife Kehoe, who took a 3-1 victory to earn a final against Denmark's Lars Holm and Freja Ravn.",
             "Wales began their defence of the title on Wednesday evening with a 4-1 victory against Norway, then saw off Estonia on Thursday evening.",
             "Wales went on to defeat Portugal's Tiago Mendes and Rui Barros in the last eight on Friday, before the loss to Ireland.",
             "Speaking after the match, Bevan said he was \"properly heartbroken\" but praised Moriarty and Kehoe, and thanked the fans and sponsors who had travelled.",
             "",
             _TAFF_END,
         ], appeals=[_TAFF_TOP, _TAFF_END]),
    _doc("b64-morningdispatch-floods-micropayment-top", "appeal", "top",
         "Invented; modelled on Claire Connelly, Hello Humans (solo writer's column, micro-payment subscription paragraph at top)", "en", [
             "Morning Dispatch: Rain and blame",
             "",
             _DISPATCH_PAY,
             "",
             "Three cheers for Weekend Herald columnist Ruth Aldana. I have spent two days trying to stay quiet about the river floods in case I sounded callous. Then the public broadcaster did something rare, and put its own coverage of the disaster on trial in front of its audience.",
             "",
             "Have a look at the clip underneath (the player may not load properly, but the link ought to work if it doesn't)",
         ], appeals=[_DISPATCH_PAY]),
    _doc("b64-newsroomlab-reading-list-newsletter-middle", "appeal", "middle",
         "Invented; modelled on Jamlab (weekly reading list, newsletter question-and-call between items)", "en", [
             "Nieman Lab | So you want to go freelance?",
             "",
             "A useful piece for any reporter weighing a move away from a staff job. The writer describes her own switch and admits the opening weeks were hard going. It offers practical, lived advice on making the leap. Money is one of the biggest worries for anyone working alone, from paying rent to keeping a household afloat, and the piece deals with that worry along with several others. Find the piece here.",
             "",
             "Lowy Institute | Fake news spreading across the region",
             "",
             "Online falsehoods are growing in many countries of the region. This report looks at how ruling parties and state agencies have turned misleading content into a tool for pushing one narrative or another. It walks through the methods used in several countries, one by one. Essential reading, with plenty of detail on how manipulation campaigns actually operate in this part of the world. Find the piece here.",
             "",
             "Press Gazette | Email bulletins that bring in paying readers",
             "",
             "Worth a look for any publisher hoping to grow income from its audience. It explains how the digital outlet Axios raised the share of money coming straight from readers. Axios lists the business models it has tried over four years and how its email products, to its own surprise, became the main driver of that income. Find the piece here.",
             "",
             _NEWSROOMLAB_NL,
             "",
             "",
             "The Conversation | Words carry weight in reporting",
             "",
             "Here the author argues that news outlets in rich countries often describe their own societies as more decent, orderly and restrained than the rest of the world, while being guilty of the very faults they point out elsewhere. He makes the case that careful wording is central to honest reporting.",
         ], appeals=[_NEWSROOMLAB_NL]),
    _doc("b64-sahelletters-archive-support-middle", "appeal", "middle",
         "Invented; modelled on Pan-African Review (archive page, repeated cut-off excerpt, support paragraph between items)", "en", [
             "Why coverage of the Sahel keeps telling the same grim story",
             "Let me open with a line from the novelist Amadou Keïta's biting essay on foreign correspondents, A Field Guide To Our Misery: 'Never name a town when the word \"desert\" will",
             "Let me open with a line from the novelist Amadou Keïta's biting essay on foreign correspondents, A Field Guide To Our Misery: 'Never name a town when the word \"desert\" will",
             "Let me open with a line from the novelist Amadou Keïta's biting essay on foreign correspondents, A Field Guide To Our Misery: 'Never name a town when the word \"desert\" will",
             _SAHEL_SUPPORT,
             "One reason the region is misread is that outsiders have long claimed the right to describe what its people live through. Naturally, anyone may join the conversation about the Sahel. Yet instead of Read more",
         ], appeals=[_SAHEL_SUPPORT]),
    _doc("b64-thegully-listing-whatsapp-donate-top", "appeal", "top",
         "Invented; modelled on The Ditch (listing page, WhatsApp and donate links in the menu, donation link glued to a teaser)", "en", [
             "The Gully",
             "  • About us",
             "  • Our reporters",
             "  • " + _GULLY_MENU,
             "  • PortWatch – tracking foreign warships in Cork Harbour",
             "Comment: Niall Ferris weighs a landlord lobbyist's case against the Rent Freeze Bill",
             "",
             "Comment: Niall Ferris weighs a landlord lobbyist's case against the Rent Freeze Bill",
             "",
             "2 months ago 5 min read",
             _GULLY_TEASER + " By Orla Quigley Niall Ferris has repeatedly doubted whether the Rent Freeze Bill, a measure many tenants have waited years for and one that draws backing from every party, is worth the trouble. Yet",
             "Read Now Read Later",
             "The Gully editors",
             "By: The Gully editors",
             "Comment: All right, plainly put – Máire Tobin has a point",
             "",
             "Comment: All right, plainly put – Máire Tobin has a point",
             "",
             "2 months ago 7 min read",
             "The people who run this country, and the parties, papers and loyal fans around them, carry a quiet fear of ideas. It takes very little to set it off, it likes a crowd, and this week Máire Tobin's plain words on neutrality were enough.",
             "Read Now Read Later",
             "Cathal Brennan",
             "By: Cathal Brennan",
             "Insider told Micheál Noonan that the ports agency ignored recruitment rules when it hired Tom Kealy",
             "",
             "Insider told Micheál Noonan that the ports agency ignored recruitment rules when it hired Tom Kealy",
             "",
             "2 months ago 3 min read",
             "The National Ports Agency (NPA) skipped its own procedures when it took on independent Seanad hopeful Tom Kealy as head of operations, a private letter from an insider to then minister Micheál Noonan says.",
             "Read Now Read Later",
             "The Gully editors",
             "By: The Gully editors",
             "Comment: Outrage politics – a gift to the powerful",
             "",
             "Comment: Outrage politics – a gift to the powerful",
             "",
             "2 months ago 8 min read",
             "This is the sort of tale you are expected to bring home to Mayo after a spell at a Gulf state broadcaster.",
             "Read Now Read Later",
             "Cathal Brennan",
             "By: Cathal Brennan",
         ], appeals=[_GULLY_MENU, _GULLY_TEASER]),
    _doc("b64-eastplainsnews-letter-papers-newsletter-end", "appeal", "end",
         "Invented; modelled on Western Advocate (letter to the editor, newsletter sign-up and privacy line at the end)", "en", [
             "RE: Push to save country newspapers.",
             "I want to add my voice in favour of the campaign now being waged by country and regional mastheads.",
             "What they ask for is straightforward:",
             "1) A full page of state government notices placed in each local paper every week.",
             "2) A rollback of the 2019 rule change, so shires must again publish their decisions in local papers and not only on their own websites.",
             "Neither demand is unreasonable.",
             "Backing for our local papers has dwindled a great deal in recent decades, yet the paper remains central to how country towns talk to each other and stay connected, and it has earned our help.",
             "RECENT LETTERS TO THE EDITOR:",
             "Like many readers, I pay for the East Plains News online. For roughly what a single flat white costs each week, I get the whole paper digitally every morning - just as if I bought it at the newsagent.",
             "It feels like a modest but genuine way of helping keep our paper alive, though I accept it needs more help from state and local government as well.",
             "Queensland's premier has promised a full page of state notices in every regional title each week.",
             "It is fair to ask the state government here to match that.",
             "I see that Gail Merritt appears in local papers nearly every week, earning her many thousands of dollars' worth of free coverage.",
             "So I call on Ms Merritt to commit to the campaign's two requests.",
             "It costs little and would help every town, big or small, in her electorate.",
             _PLAINS_NL,
         ], appeals=[_PLAINS_NL]),
    _doc("b64-quillandthorn-changes-newsletter-end", "appeal", "end",
         "Invented; modelled on Pearls and Irritations (publisher's notice, doubled newsletter widget with thank-you at the end)", "en", [
             "A change at Quill & Thorn",
             "",
             "Mar 3, 2023",
             "",
             "As of Monday 6 March, Harrow Lane Digital and Quill & Thorn will part company.",
             "",
             "For the past three years Harrow Lane Digital has been engaged to build and run the publishing side of Quill & Thorn.",
             "",
             "Over that time the writing and the presentation of Quill & Thorn have won a broader audience, more influence and steady growth in readers. Ben Harrow and his staff played a large part in that.",
             "",
             "As the contract with Harrow Lane Digital ends shortly, Tom and I have been arranging new production and technical support. We are happy with how that is going, though there may be a few hiccups in the coming weeks. We ask our readers, subscribers and donors for a little patience while we change over.",
             "",
             "Our aim does not change: to publish thoughtful writing, all the more so given how poorly the big media outlets here serve the public. The clearest example is their fixation on whatever is said in Washington and Beijing. Our press still thinks like a dependency.",
             "",
             "Quill & Thorn stays independent. There will be no paywall. We will carry no advertising.",
             "",
             "Tom and I send Harrow Lane Digital our warm wishes as each of us heads off on our own path.",
             "",
             "Margaret Ellery",
             "",
             "Founder, Publisher and Editor",
             "",
             "Share this post !",
             "",
             _QUILL_NL,
         ], appeals=[_QUILL_NL]),
    _doc("b64-midlandsentinel-ladiesfootball-readprint-end", "appeal", "end",
         "Invented; modelled on Connacht Tribune (match report ending in a read-this-week's-paper line)", "en", [
             "Midland Sentinel",
             "",
             "Geraghty fires Westmeath through",
             "",
             "",
             "",
             "Westmeath's Sinéad Lally (left) and Ruth Conlon close down Laois forward Gráinne Whelan during Sunday's All-Ireland minor ladies' football semi-final in Portlaoise.",
             "",
             "Westmeath  3-11",
             "",
             "Laois 0-12",
             "",
             "NO silverware was on offer in Portlaoise on Sunday, yet Westmeath will have been pleased to get the better of Laois in the All-Ireland minor ladies' football semi-final.",
             "",
             "Clodagh Geraghty's three goals meant the Lakesiders kept their opponents at arm's length throughout. The two counties have dominated the grade in recent years and, although Laois have faded a little, they were always going to make a game of it.",
             "",
             "Bríd Kenny has now guided Westmeath to six All-Ireland finals in a row, and a stiff test against Kerry awaits on May 5, having lost to the Kingdom in the round-robin. Still, beating the side that stopped her in two earlier deciders will give her panel a real boost.",
             "",
             "Laois opened the scoring with an Aisling Dunne free inside the first minute, but Westmeath showed their danger on their first real attack. Méabh Quinn burst down the right wing and, with defenders closing in, picked out Geraghty, who buried the opening goal.",
             "",
             "Laois set out to stifle the Westmeath forwards, with Emer Daly shadowed by Ciara Fogarty for the whole hour. Their captain Lisa Brophy was also dropped back to centre-back to cut off the supply.",
             "",
             "Kenny's side answered with a Quinn point, though the Westmeath manager won't have liked the gap that opened in her full-back line after seven minutes. Róisín Delaney ran at the cover and, to her own surprise, kept going until she had fired past the Westmeath keeper.",
             "",
             _SENTINEL_PRINT,
         ], appeals=[_SENTINEL_PRINT]),
    _doc("b64-civicmediatrust-newsletter-forwarded-middle", "appeal", "middle",
         "Invented; modelled on IPSMF newsletter (funder's newsletter, forwarded-email subscribe line after the sign-off)", "en", [
             "Hello Reader,",
             "",
             "Reporting from the northern hill districts has never been easy. And the last few weeks have brought another blow to press freedom there.",
             "",
             "The detention of news portal founder Tariq Lone on charges of \"inciting unrest\" shows how far the pressure on local reporters has gone, writes Ground Report. Searches of homes, repeated summonses and police complaints are now part of daily life. Reporters are so afraid that \"names have vanished from stories and posts\".",
             "",
             "The country's wetlands have long been under threat. Figures crunched by Earth Ledger suggest we are close to the brink. Its close reading of the National Wetlands Atlas 2022, released by the Survey Directorate, finds that 28 per cent of mapped wetland, an area as big as two mid-sized states, can no longer be found!",
             "",
             "With the state insurer's share sale approaching, Market Sense argues that ministers must keep their hands off the company once it lists. The insurer should run its own affairs without quiet pressure from the finance ministry.",
             "",
             "In the 1950s, the country depended on food shipments from abroad and lurched from one shortage to the next. In a gripping account, The Ledger Daily traces how farm research, a few stubborn scientists and some bold officials turned that around within a decade.",
             "",
             "Scroll down for more of this week's work by our grantees.",
             "",
             "",
             "Meera Iyengar",
             "",
             _TRUST_FWD,
             "",
             "Editor's Detention Signals Widening Crackdown On Reporters In The Hills",
             "",
             "Ground Report examines the arrests, threats and summonses now routinely facing journalists in the northern districts.",
             "",
             "Read Here",
         ], appeals=[_TRUST_FWD]),
    _doc("b64-harbortownvoice-thankyou-newsmatch-end", "appeal", "end",
         "Invented; modelled on NancyOnNorwalk (editor's thank-you letter, board's matching-gift plea before the comment form)", "en", [
             "A thank-you from Harbortown Voice",
             "",
             "A heron keeps watch on Mill Pond Road. (Dora Sealey)",
             "",
             "Most days this work feels like a gift. I adore Harbortown and truly enjoy being your nosy neighborhood reporter. I admit it amazes me as much as anybody that Harbortown Voice has lasted, and amazes me even more that it keeps getting bigger. Not long ago I nearly called it quits, sure it would never pay its own way. Then Greg Alvarez, the rest of our board and YOU stepped in.  Your gifts let us cover more and dig deeper; judging by some of your comments, there is always another story waiting.",
             "",
             "We know this has been a hard year. I had hoped to have the whole family at my table this holiday, but that won't happen, and it stings a little. Still, in the spirit of the season – virus or no virus – I wanted to say it plainly — Thank you.",
             "",
             _HARBOR_BOARD,
             "",
             "2 comments",
             "",
             "Post a Comment",
             "",
             "We never publish your email address. Fields marked * must be filled in.",
             "",
             "",
             "",
             "Allowed HTML tags and attributes: <strong> <em> <b> <i> <code> <a href=\"\"> <ul> <li>",
         ], appeals=[_HARBOR_BOARD]),
    _doc("b64-progressiveauthors-delta-vote-donate-end", "appeal", "end",
         "Invented; modelled on Indian Cultural Forum (republished video note, donate line naming a public trust at the end)", "en", [
             "• Delta Vote: Farmers Say the Dam Has Drowned Their Future",
             "",
             "    RiverTalk Studio",
             "",
             "    May 2, 2020",
             "",
             "    In the delta this year, the vote is above all about the dam and the people it pushed off their land. Fishing families have lost faith in parties and polling booths for years, and with good reason – silted fields, broken compensation deals, missing relatives and promises made every five years. Boatmen from Kalighat island describe what they have lost.",
             "",
             "",
             "    Originally released by RiverTalk Studio.",
             "",
             "    " + _ASSEMBLY_DONATE,
         ], appeals=[_ASSEMBLY_DONATE]),
]


# --- Negatives ----------------------------------------------------------------------------------

NEGATIVES = [
    _neg("b64-harbortownvoice-council-newsletter-neg",
         "Invented; modelled on NancyOnNorwalk (report on a city council launching its own newsletter)", "en", [
             "Town council starts a newsletter",
             "",
             "The Harbortown Town Council has started a newsletter of its own, called \"Council Corner,\" to reach residents better, especially people who have just moved in, Council Chair Priya Mensah said.",
             "",
             "\"Reaching newcomers matters to us, because people keep arriving in town,\" she said. \"They want to learn how to take part and how things work at town hall.\"",
             "",
             "In the opening issue, emailed on Wednesday, May 8, Mensah called the newsletter \"part of our promise to be open with residents, and a way to share useful news that helps everyone who lives, works or plays here feel at home in Harbortown.\"",
             "",
             "Council member Ray Duquette put together the first issue. (Duquette, saying he could no longer juggle a young family and council duties, said on May 10 that he would step down.)",
             "",
             "The council said it wants the newsletter to come out \"on a steady schedule\" with \"practical, helpful updates\" on topics such as new businesses, neighborhood projects, flood-resilience work, senior services, parks programs and other work in progress.",
             "",
             "The opening issue covers:",
         ]),
    _neg("b64-frontlinebrief-grant-partners-neg",
         "Invented; modelled on HumAngle (newsroom thanking its grant funders, with sums)", "en", [
             "We Have Come This Far Thanks To Our Funding Partners",
             "It is no exaggeration to say that young newsrooms like Frontline Brief have lived through a rough twelve months. Weeks after our launch in April, flooding and a fuel crisis hit the whole region, freezing plans and forcing every goal to be pushed back.",
             "Nor is it a secret that news organisations, long-established and new alike, have struggled badly for money.",
             "At a moment like this, it matters more than ever to recognise what funders have done. For Frontline Brief, which turns one today, the ground covered can only be called striking. Beyond the hard work of the managers and every member of staff who kept the project going, it is plain that without the help of groups such as the Coastal Democracy Trust (CDT) and the Regional Peacebuilding Reporting Fund (RPRF), doing the work Frontline Brief set out to do would have been far harder.",
             "The grant from RPRF, a charity set up in 2017 by the Halvorsen Foundation and a family foundation based in Oslo, backs reconciliation work across the region, with $2.3 million shared among 37 organisations. Its awards went out in two rounds during the worst months of the crisis, in March and September last year.",
             "Above all, the RPRF partnership has produced our reporting on displaced families in the border districts, especially the mothers whose sons were conscripted or killed by the armed group known as the Red Ridge. Those stories have done much to show the hardship of one of the country's most exposed communities.",
             "The Halvorsen Foundation has also supported this newsroom through the Centre for Public Interest Reporting (CPIR), one of the organisations it funds.",
         ]),
    _neg("b64-newsrelay-harbourpost-appeal-reported-neg",
         "Invented; modelled on News Directory 3 (aggregator retelling another outlet's funding appeal with headings and bullets)", "en", [
             "Harbour Bridge Contract: Audit Office Findings Explained",
             "The Harbour Post's Reader Appeal: Why The Paper Says It Needs Backing",
             "The Pressure On Independent Newsrooms",
             "The Harbour Post, an independent news site based in Wellington, says it is under financial strain that puts its fair and accurate coverage at risk. As of March 4,2025,ad income is no longer enough to pay for the site's stated aim of bringing good journalism to the public. The paper's call for reader contributions answers that gap directly.",
             "What Independence Is Worth",
             "The Harbour Post sets itself apart by promising coverage that is free of owners' influence.At a time of shrinking ownership and rampant false information, that promise matters a great deal. The site puts accuracy first and aims to serve readers, not advertisers or parties. that stance, though, has a price.",
             "Unlike many outlets, The Harbour Post leans less on big corporate owners and more on its own audience. That gives its editors more room, but also leaves it exposed when the economy turns. With ad income falling, its independence is directly at stake.",
             "Why Readers Are Being Asked",
             "According to the paper, its appeal is about more than paying the bills; it is about protecting something the public relies on. Money from readers pays the reporters, sub-editors and developers who produce the news. The Harbour Post says backing it means backing:",
             "- Investigations: Stories that hold officials and companies to account.",
             "- Explainers: Background that makes tangled issues easier to follow.",
             "- regional news: Coverage of towns and suburbs across new zealand.",
         ]),
    _neg("b64-capeledger-president-online-newsroom-neg",
         "Invented; modelled on Mail & Guardian (report on a president attacking an online newsroom, photo caption first)", "en", [
             "Under pressure: If Lina Okafor is found guilty she could serve time in one of the country's crowded jails. (Tomas Reyes/Cape Ledger)",
             "It is March 2016 and President Anselm Varga is giving his annual address to parliament. He won office by promising fast and harsh fixes for a faltering economy. The speech is angry and full of swipes at his opponents. Twenty minutes in, he leaves his notes to lash out at the nation's first internet-only newsroom, Signal. \"Look at who really owns them, and you will find foreigners.\"",
             "By law, media outlets in the country must be locally owned. Varga's accusation rests on money put into the site by charitable funds and investors from abroad.",
             "Five months on, the company regulator cancelled Signal's registration over supposed foreign control. The following January, the president's office barred Signal's palace correspondent from attending his events. Eight months later, in September, Signal and its chief editor, Lina Okafor, were accused of tax fraud and of failing to submit returns.",
             "On Monday, Signal's roughly 80 journalists will mark a year of staying in business despite losing their registration. They can keep working while their appeal is heard.",
             "Signal's reporting, which regularly checks the president's statements and probes his apparent approval of killings of suspected smugglers, helps explain the charges, Okafor says. A local rights monitor puts the death toll of the crackdown at 7 500.",
             "Since it lives online, Signal sits at the centre of a running fight on social platforms between reporters and those spreading falsehoods.",
         ]),
    _neg("b64-plainsgazette-government-ad-cuts-neg",
         "Invented; modelled on The Wimmera Mail-Times (editorial on government advertising cuts to regional papers)", "en", [
             "For all the speeches about diverse media and reliable sources that can push back on online lies, the closure of some 180 country papers over four years has barely been reported.",
             "The explanation is likely straightforward.",
             "Nearly all of the closures have happened outside the big cities.",
             "That may also explain why a 65 per cent cut in state advertising in country papers during the last budget year has passed almost without comment.",
             "Most of that money has instead gone to the giant overseas platforms that treat their users as a product and undercut local reporting.",
             "Country and community papers put the life of their district first.",
             "They do more than report on their towns; they are woven into them.",
             "The Plains Gazette marks 140 years this year (its first edition came out in 1883). The Redgum Standard started 152 years ago. The Ironbark Chronicle has come out without a break for 147 years. These papers are deeply rooted.",
             "Before the last poll the government moved quickly when the cost of newsprint jumped, promising stopgap help that kept plenty of papers on the presses.",
             "Yet country publishers - among them Southern Mastheads (the owner of this paper) and the members of the Regional Press Guild - argue that giving back a fair slice of state advertising to country and community titles would bring the sector more \"stability and a future\".",
             "In a joint letter to ministers printed in The Capital Times on Tuesday, the 260 titles belonging to Southern Mastheads and the Regional Press Guild told the government that local papers serve well over seven million people living outside the cities.",
         ]),
    _neg("b64-riverregiontoday-ngo-orphanage-plea-neg",
         "Invented; modelled on News Ghana (NGO to donate to an orphanage, quoted call for donors)", "en", [
             "A charity group, River Region Hope, will present gifts to the Grace Children's Home at Kpandu in the River Region this Sunday, 18th October 2021.",
             "",
             "The home, among the longest-running in the region, cares for children aged from 6 months to 20 years and relies largely on its own maize and cassava fields to pay for daily needs and upkeep.",
             "",
             "River Region Hope describes itself as a charitable body set up to assist the poor, support schools, give skills training to jobless young people and promote progress across the country.",
             "",
             "The gifts are in line with the group's stated purpose of assisting the vulnerable.",
             "",
             "This is the group's first such donation, and everything being handed over was paid for by the members themselves.",
             "",
             "\"We therefore appeal to aid agencies and companies, at home and abroad, to join hands with us, with money or materials, so that we can reach more children in need wherever they are,\" the group said.",
             "",
             "It added that Sunday's gesture to the Grace Children's Home was made possible by small sums from ordinary members and extra effort from its leadership.",
             "",
             "By: Kwame Agbenyo",
         ]),
    _neg("b64-coastaltimes-lions-orphanage-donation-neg",
         "Invented; modelled on Daily Graphic (club donations to orphanages with sums and sub-headings)", "en", [
             "Tema Lions Club, Children First Trust back two children's homes",
             "The Tema Lions Club (TLC) of Community Nine and the Children First Trust (CFT) have given goods worth GH¢12,500 to two children's homes in the Volta Region. They also handed over GH¢3,500 in cash to help run the homes.",
             "Goods such as eight bags of maize, three jerrycans of palm oil, 30 packs of bottled water,90 reading books and notebooks, 90 backpacks, and GH¢2,000 went to the Bright Future Children's Home at Akatsi.",
             "The Mercy Haven Home at Sogakope received five bags of rice, three jerrycans of 20-litre vegetable oil, 25 cartons of milk, 90 reading books and notebooks, 90 backpacks, soap and GH¢1,500.",
             "Caring for the young",
             "The President of the TLC, Mrs Gloria Mensah-Boateng, said the club had come to share time with the children at both homes and show them warmth, adding: \"We are glad to spend the day with them and to encourage them to dream big.\"",
             "Mrs Mensah-Boateng said the gifts formed part of the club's charity work and she was confident they would make a real difference to the children.",
             "She promised that the club would come back with further gifts and continue its charity work for the homes.",
             "Difficulties",
             "Accepting the goods, the Director of Bright Future, Mrs Comfort Adjoa Tetteh, thanked the donors, saying that looking after the children had been a struggle.",
             "\"Our biggest problem is transport; when a child falls ill at night I have to find a way to get them from Akatsi to the regional hospital in Ho,\" she said.",
             "Speaking for the trust, the Founder of Children First Trust, Mr Elikem Fiagbe, said the gifts were part of its mission to support needy children.",
         ]),
    _neg("b64-riverbendramblings-public-radio-pledge-neg",
         "Invented; modelled on HistoryMike blog (blogger urging readers to give to public radio)", "en", [
             "Nov 6, 2009",
             "",
             "Time to Back Your Public Radio Station",
             "",
             "The season has come round once more: public stations across the country are in the middle of their autumn pledge week. The endless on-air asks get on my nerves, I confess, but I accept that listening without commercials has to be paid for somehow.",
             "",
             "I intend to call in my pledge on Saturday, and I am slightly ashamed that it has been a while since I last gave. If you have also let it slide, or have never given at all, this link takes you to KRVB's pledge page.",
             "",
             "Most mornings I get up in the half-dark to the news magazine on KRVB, and now and then I catch the weekend quiz and the folk hour on KRVB-FM. On clear nights I can even pull in the overseas news feed on KRLA from across the state line.",
             "",
             "If all you can manage is a few dollars, give that. Listener-funded radio is among the last real options we have against the sameness of commercial stations, apart from the paid satellite channels.",
             "",
             "0 comments:",
         ]),
    _neg("b64-bordernotes-help-the-meridian-relayed-neg",
         "Invented; modelled on South Jerusalem (writer relaying a plea for the magazine that is his journalistic home)", "en", [
             "Let's Save The Meridian Review",
             "",
             "Daniel Ashkenazi",
             "",
             "The Meridian Review Needs YourThe Meridian Review, where I have published my reporting for eight years, may have to shut down. It is run as a non-profit, and it can only keep going if donors step in right away.",
             "",
             "The Review offers rare reporting and thoughtful left-leaning commentary. Losing it would leave our media thinner, with fewer voices willing to question received wisdom.",
             "",
             "I should admit I have a personal stake: although the Review mostly covers American politics, it has given me room to write openly about the Caucasus. Without it, I would find it much harder to keep covering the border conflicts, Georgian elections, church politics, Washington's role in the region, and much else.",
             "",
             "Should you want to pitch in, details are available here. And if you know anyone else who might help, please share, post and forward this note.",
         ]),
    _neg("b64-pacificdesi-actor-crowdfund-donate-link-neg",
         "Invented; modelled on India West (celebrity's crowdfunding plea for a sick child, donate link)", "en", [
             "PUNE—GiveCircle, a large online fundraising site, posted about four-year-old Ishaan Mehra, who is battling a rare bone cancer, and said his one wish was to meet his screen hero, Kabir Malhotra.",
             "The star of \"Monsoon Riders\" was moved after reading the full appeal on GiveCircle's site and said he wanted to visit the boy and his parents. He also urged his friends to step up and give to the campaign.",
             "Ishaan has always been a restless, playful little boy. While other kids his age race around the park, he is shuttling between wards. On Jan. 12, 2019, he was diagnosed with Ewing's sarcoma at Sunrise Children's Hospital, Pune.",
             "Malhotra said, \"Ishaan's mum and dad, Ritu and Anand Mehra, are dear friends and gifted animators. Ishaan is their only son. They are a wonderful, warm and funny little family!! But this illness has stopped them in their tracks. Ritu and Anand have to find 18 lakh over the coming months for his care. They have spent everything they saved and still cannot cover it.\"",
             "Anyone who would like to give to the campaign can click here.",
             "",
         ]),
    _neg("b64-southernexpress-medical-crowdfunding-feature-neg",
         "Invented; modelled on The New Indian Express (feature on medical crowdfunding platforms)", "en", [
             "Strangers online pay for cures",
             "",
             "Costly hospital treatment becomes reachable thanks to donors on fundraising sites.They partner with hospitals so that the most urgent cases go first.",
             "",
             "Posted: 14th August 2018 06:10 AM  |   Updated: 14th August 2018 06:10 AM   |  A+A-",
             "",
             "Southern Express Staff",
             "",
             "MADURAI: When eight-year-old Kavin was diagnosed with aplastic anaemia, a rare and serious blood disorder, his family did everything they could to find him the best treatment in town.",
             "",
             "They began treatment at Meenakshi City Hospital but quickly ran into money trouble when the first phase of care came to Rs 9 lakh.",
             "",
             "A hospital doctor then pointed them to HelpHand, an online fundraising site. Realising that kind strangers on the internet might help save their boy, they set up an appeal on HelpHand aiming for Rs 12 lakh. They reached it, and Kavin is now recovering after a bone-marrow transplant.",
             "",
             "",
             "Kavin's story is far from unique. More and more families are turning to online fundraising to keep up with soaring medical bills. \"These platforms bring order to how people raise money for genuine needs,\" says Rohan Pillai, co-founder of HelpHand, launched in 2012.",
             "",
             "To reach patients who stand to gain most, the platforms have signed up doctors and hospitals so that urgent cases are put first. \"Health appeals make up close to 40 per cent of all campaigns on our site,\" says Nisha Rao, co-founder of RaiseTogether, another large fundraising site. \"We also work with social workers and hospital counsellors who hear about families that might otherwise go unnoticed.\"",
             "",
             "Rohan notes that doctors themselves have started rallying donors.",
         ]),
    _neg("b64-ridgelineecho-symposium-local-news-neg",
         "Invented; modelled on Crowsnest Pass Herald (publisher's column titled local news needs support, about a conference)", "en", [
             "Local news needs backing",
             "",
             "Last week I flew to Newfoundland for a national gathering put on by the Northern Press Foundation and the Atlantic Journalism Awards on securing the future of community news in Canada. It drew independent publishers, sector leaders, donors and foundations who grasp how much local reporting matters to our democracy.",
             "",
             "My trip began in St. John's, a city that won my heart two summers ago and that I was sure could never be beaten. The painted row houses, steep harbour lanes, friendly faces and easy charm of the old town had persuaded me it was among the loveliest spots in the country. I recall strolling those hills thinking nothing could top it.",
             "",
             "Then I drove on to Gros Morne.",
             "",
             "That park left me speechless. It is wild scenery with warmth and history woven through it. Stony shores where the wind howls and the sea spray stings your face. Fishing villages with their stages and lighthouses braced against the weather. And then the Tablelands. A landscape so strange and glowing in the autumn light it barely seems of this earth. Gold birches, rust-coloured hills and fjords dropping into the sea. I stopped the car more often than I can remember just to stare.",
             "",
             "If I ever gave up my own little paradise here in the Ridgeline valley, I could picture myself settling out there. That is what the place does to you. It sets your mind wandering.",
             "",
             "Still, the trip was about more than views. It had a job to do.",
             "",
             "I was there for a national meeting of newspaper owners, sector leaders, donors and foundations who care a great deal about community journalism. It meant sitting among people who know exactly what we are up against. Soaring costs, falling income, big tech draining away local attention. It was moving. This was not just networking. It was the press standing up for democracy.",
         ]),
]


BATCH64_DOCUMENTS = APPEALS + NEGATIVES
