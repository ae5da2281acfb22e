"""Batch 152: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (11 appeal, 13 negative; all EN): our own paraphrases of every document of the
local-only real probe 132 (24 documents). Each keeps the real page's structure (a blog teaser cut with
". . ." above a members-only notice, a weekly newsletter's opening letter, an election-candidates blog
post, an editor's letter with byline, dateline, a doubled programme title and an author bio line, a
campaign page with a photo-credit line and a cut-off ending, a daily digest with photo-credit lines and
"Full story here…" links, a birthday-appeal thank-you with a dash-bulleted impact list, a wire story
ending in desk codes, a bullet-dated food-drive notice, an aggregator's bulleted list of another
outlet's support options, a byline-with-illustrator feature, an editorial signed with initials, a
repeated pull-quote with its attribution line, pages cut mid-word) and exactly what the real gold
marks: a two-line subscriber-content paywall notice after a teaser; a parenthetical "reason to support
our work" aside inside a newsletter letter; a "(subscribe!)" aside glued inside a sentence about the
author's Substack-style newsletter; an editor's whole patron-programme letter (the "important message"
title, the doubled programme title and the letter down to its "join via Patreon-style" note, the
byline, dateline and bio staying text) plus the "get it in your inbox" line at the foot; a campaign
title and the entire cut-off donation campaign text below a photo credit; a whole independent
writer's support plea ending at a payment button prompt; a whole birthday-appeal thank-you with
reader messages and impact bullets, cut mid-word; a national pledge-drive headline plus the outlet's
own "we are joining the drive, every dollar comes to us" paragraphs (the general media-crisis essay
between them stays text); a "follow us on two apps" line under a digest title; a newspaper's "support
us by buying copies, subscriptions and ads" pair of paragraphs plus a cut "your support ensures" line;
a blog's bookmark-and-free-email-updates sign-off (a friend's newsletter recommended just above it
stays text). Negatives keep what makes the real ones hard: a community food-bank drive asking for food
and cash donations, a wire story on a politician launching a messaging channel that people can join,
an aggregator reporting another outlet's reader-support appeal with its monthly price tiers, a
magazine feature on local papers and their advertising, an editorial on the value of local news
asking readers to send tips, a report on police alleging a fact-checker's foreign funding, a
columnist's attack on media groups' foreign grants, an editorial on the end of a grant-funded council
reporter, a charity director's op-ed appeal for families abroad, a charity-awards report, an overseas
community's disaster fundraising drive with pledged sums, celebrities backing a crowdfunding page, and
a report on a newsroom alliance's campaign totals with a repeated pull-quote.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch152` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch152.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 132: appeal documents ----------------------------------------------------------------

_TUATARA_WALL = "\n".join([
    "This post is for Members.",
    "Members can unlock every locked item on the site, from our quizzes and word games to reader surveys, opinion columns and audio shows, by picking any of our paid membership tiers.",
])

_MERIDIAN_ASIDE = "(Yet another reason to back what we do!)"

_PRAIRIE_ASIDE = "(please sign up!)"

_PRAGATI_TITLE = "A Personal Note For Everyone Who Reads Us"

_PRAGATI_LETTER = "\n".join([
    "The Pragati Review Patrons Circle 2021",
    "The Pragati Review Patrons Circle 2021",
    "Dear readers, allow me to open with a small episode.",
    "Back in early 2014, while running a business website for a big media house, I commissioned a contributor to write a long piece arguing that loss-making state airlines should be sold off. The goal was simply to widen a debate that had gone stale.",
    "Within a day a senior colleague, someone I had counted as a friend, went over my head to the proprietor and told him I had turned into a free-market zealot.",
    "The complaint went nowhere in the end. Still, that week taught me that much of our metropolitan press allowed just one way of seeing things. Anything outside it was treated as heresy.",
    "It also convinced me that a country this large and this plural needs many more publications, so that conversations about its future are not owned by one small, English-speaking circle.",
    "Building a publication such as the Pragati Review, which exists to offer other ways of seeing, is expensive. And display ads no longer pay those bills now that reading has moved almost entirely to phones.",
    "What we need are paying readers and patrons. We are convinced a lasting model is possible if loyal readers agree to chip in on a regular basis.",
    "We hope you will be more than a reader who pays - a partner who shares a stake in the wider debate this country deserves.",
    "So I am asking you today to become a subscriber of the Pragati Review through our Patreon page.",
    "My thanks to you ahead of time.",
    "P.S. Tap here to become a patron on Patreon - plans begin at just $3.99",
])

_PRAGATI_INBOX = "Have the Pragati Review delivered to your email."

_ANDES_TITLE = "The Andes Monitor Drive: Keep our independent coverage going through 2012"

_ANDES_BODY = "\n".join([
    "To stay an independent newsroom and a learning tool for everyone who cares about indigenous land rights in the highlands, The Andes Monitor relies on readers and allies like you. Please give what you can now.",
    "Just as The Andes Monitor was getting ready to open its yearly drive, in which we ask readers and allies to fund our reporting from the highlands, a powerful mining-industry lobby group launched a campaign against us.",
    "As we see it, their aim is to put us out of business by leaning on the foundations that back us until they pull their money. If we cannot pay our reporters and editors, fix our cameras or keep our website online, the thinking goes, one fewer watchdog will be left to document evictions and poisoned rivers, and to inform the many people who visit us each day about the communities resisting them and the allies standing beside them.",
    "The growing pressure on The Andes Monitor, and on the community radios, lawyers and rights groups doing similar work across the region, shows that our coverage is having an effect. Otherwise, why bother trying to silence us? We also know that the companies and lobbies behind these attacks are preparing even tougher tactics, as our own reporting has shown.",
    "We can weather this because the bulk of The Andes Monitor's budget does not come from any single foundation but from readers who turn to us daily for careful reporting, sharp analysis, field stories, news from organizers and coverage of music, film and books from the region.",
    "So long as our community keeps standing with us, nobody can silence this work. Stand with us and help us keep informing people and moving them to act. Please give what you can now.",
    "Readers like you give because they understand that the reporting we publish is",
])

_MARSH_PLEA = "\n".join([
    "Help Keep Independent Commentary Alive",
    "With the state growing bigger by the month and more pressure on everyone to repeat the same party lines, Australia needs voices that answer to no one more urgently than ever.",
    "We are living through a growth in official power unlike anything in a generation.",
    "Officials have decided which shops may trade and which must shut, which jobs count as 'critical' and which do not, while the politicians making those calls keep their own pay safe and even vote themselves increases.",
    "We have seen ministers and their advisers change their guidance again and again, rarely admitting they had done so, and with very few journalists bothering to point out the double standards sitting in plain sight.",
    "We have also seen party discipline tighten, with leaders demanding silence and loyalty from backbenchers, and expecting the rest of us to act as though we cannot notice the steady flow of spin.",
    "This is exactly why, today more than at any time before, Australia needs voices that answer to no one.",
    "That is the kind of writer I try to be, telling it straight even when it costs me readers.",
    "I believe every party and every politician has to be held to account, so that those in power, whatever their colour, know they cannot mislead us and get away with it.",
    "And as the state keeps growing, journalism needs to go back to its old role as a real opponent of power, when reporters saw it as their duty to question ministers and officials, and to argue for personal liberty and a smaller government.",
    "If you believe those things are worth defending in Australia, I am asking you to back my work.",
    "I will never accept a government media grant, and I will never owe anything to a party. My work is funded by readers like you who care about real independence.",
    "You can chip in via Stripe using the button underneath:",
])

_SENTINEL_THANKS = "\n".join([
    "Readers, you are brilliant! Our warmest thanks for the generous way you answered our anniversary appeal, which has already brought in KSh 2.4 million and is still climbing. The first gift landed just four minutes after we hit publish on Thursday. Donations were still coming in late last night.",
    "It means a great deal that so many of you gave even with household budgets this stretched.",
    "We were also moved by the notes that came with your gifts. A handful of them:",
    "I am giving in memory of my mother, a reporter who passed away eight years ago and who would have turned 100 this May. \"Don't let them off the hook\" was her motto. Mine as well!",
    "Brilliant work from all of you, don't stop, we depend on you and so does Kenya.",
    "You are fearless. Much respect!",
    "The appeal runs until Sunday. If you haven't seen it yet, this is the reason we are asking.",
    "The owls turn nine this month. That's an anniversary we are proud to shout about. Nine years of digging have produced results. Huge sums looted from public bodies have been clawed back and landmark judgments have been handed down. A few examples of what our work has achieved:",
    "- The national power utility won back KSh 3.2bn from foreign advisory firms, and one of them also agreed to refund the ports authority at least KSh 900m;",
    "- a railway workers' pension scheme got back KSh 610m;",
    "- the tax authority froze KSh 4.1bn held by an overseas road-building giant;",
    "- the ports authority and the anti-graft commission have gone to court to cancel the crane deals at the centre of the Mwangi network;",
    "- We took on unlawful phone-tapping by the state and won a landmark ruling at the Supreme Court in March;",
    "- The Regional Investigations Desk, set up by us to spread investigative reporting across East Africa, now has a full team and is multiplying the impact of partner newsrooms in neighbouring countries.",
    "What recent years have shown is that when other institutions give way, determined and brave parts of the press, the Sentinel Unit among them, are the last line of defence against grand corruption, crumbling public services, hate and organised crime.",
    "Sentinel Unit investigations have le",
])

_RIVERSIDE_HEADLINE = "'Local Stories. Local Voices.': asking you to back independent community news"

_RIVERSIDE_DRIVE = "\n".join([
    "This is why the Riverside Ledger has signed up this week to a countrywide push by small, independent newsrooms asking the people they serve to stand with them. As members of the Community Independent Press Alliance (CIPA), we have now joined upwards of 40 titles in every state and territory in kicking off the Local Stories. Local Voices. fundraising and awareness week.",
    "Most of the titles taking part are run largely by volunteers from their own neighbourhoods, committed to reliable, independent reporting that brings people together and keeps local democracy in good health.",
    "Although the pledge drive is running right across the country, the Riverside Ledger keeps every cent given through our own site. So whatever people in Riverside and the Port Adelaide district contribute will be put straight back into covering",
])

_SGPULSE_FOLLOW = "Find us on TikTok and WhatsApp"

_BRENDAN_SUPPORT = "\n".join([
    "That is why the Brendan Isles Courier, along with many other serious, trusted papers around the world, is asking readers to back local journalism – by picking up the paper, signing up for a digital subscription and placing ads with us.",
    "Using the services of Courier Studio (our in-house branded-content team) and Courier Press also helps fund the newsroom side of Courier Group.",
])

_BRENDAN_ENSURES = "Backing us means we can keep bringing you news you can rely on, speaking up for the is"

_LAGOSLENS_SIGNOFF = "\n".join([
    "As always, save",
    "LAGOSLENS for every hot debate in Nigerian life and beyond. SiGn Up FoR FrEe EmAiL aLeRtS.\"",
])


PROBE132_APPEALS = [
    _doc("b152-tuataraposty-tasmania-handout-end", "appeal", "end",
         "Invented; modelled on Whaleoil (blog teaser cut with dots, two-line members-only paywall notice)", "en", [
             "Tasmania: The handout island",
             "You might think a state poll in Tasmania holds no lessons for this side of the Tasman, yet a few of its warnings hit uncomfortably close to home . . .",
             _TUATARA_WALL,
         ], appeals=[_TUATARA_WALL]),
    _doc("b152-meridiansouthasia-shutdown-letter-middle", "appeal", "middle",
         "Invented; modelled on Himal Southasian (weekly newsletter letter with a parenthetical support aside)", "en", [
             "On Tuesday I was in a taxi to Hazrat Shahjalal airport in Dhaka, after five long days of budget talks with the Meridian team, when my phone lit up with word that the Maldives had shut off mobile data across Malé. Once I was home in Chennai, I followed as crowds gathered in the capital, angry about favouritism and missing public money, and about the blackout too.",
             "What I read in their slogans sounded close to home. Back in 2011, my own state went through a bruising scandal over fuel subsidies, born of graft and waste, and thousands of people filled the streets to demand that the chief minister of the day resign. The pictures we saw back then looked a lot like the clips now coming out of Malé.",
             "Having lived through that, I hope the people of the Maldives can avoid our errors and push for real, lasting reform. I am thinking of everyone there, and above all of our Meridian contributors who have been working through curfews, dead phone lines and worse to keep the reports coming to you as events move fast. " + _MERIDIAN_ASIDE,
             "And now, on to this week's roundup.",
         ], appeals=[_MERIDIAN_ASIDE]),
    _doc("b152-prairieballot-candidates-list-middle", "appeal", "middle",
         "Invented; modelled on Daveberta (election blog post, '(subscribe!)' aside inside a sentence)", "en", [
             "Elections Saskatchewan publishes the final roster of 2024 candidates",
             "Nominations have now closed for the Saskatchewan general election and, as most observers predicted, only the Saskatchewan Party and the provincial NDP are running candidates in all 61 ridings.",
             "The Buffalo Party is fielding the third biggest slate with 35 names, and preacher Dale Kurtz's Freedom First Saskatchewan has 27.",
             "The Progress Party (once headed by Kurtz) is running 11 people, and the new Prairie Rights Alliance, fronted by former MLA Glen Ostrowski, has 9.",
             "The Green Party put forward 22 names and the Liberals have 8.",
             "In total there are 12 registered parties and 263 candidates on the ballot.",
             "Over the weekend I will bring my own list into line with the official roster, and before long I will post some reflections on the slates on the Prairie Ballot newsletter " + _PRAIRIE_ASIDE + ".",
             "I've been logging nominations for this vote since the autumn of 2021, and closing day always feels a little bittersweet to me. Thank you to everyone who messaged, wrote, called and posted me tips about candidates over these three years.",
             "No doubt it will not be long before I begin tracking nominations for the following provincial vote.",
         ], appeals=[_PRAIRIE_ASIDE]),
    _doc("b152-pragatireview-patrons-circle-letter-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Swarajya (editor's patron-programme letter with byline, dateline, doubled programme title, bio and inbox line)", "en", [
             _PRAGATI_TITLE,
             "K Raghavan",
             "Mar 14, 2021, 09:40 AM | Updated Mar 15, 2021, 06:05 PM IST",
             _PRAGATI_LETTER,
             "Raghavan is Editor-at-Large, Pragati Review. He posts at @RaghavanWrites.",
             _PRAGATI_INBOX,
         ], appeals=[_PRAGATI_TITLE, _PRAGATI_LETTER, _PRAGATI_INBOX]),
    _doc("b152-andesmonitor-drive-2012-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on The Electronic Intifada (campaign page: title, photo-credit line, whole cut-off donation text)", "en", [
             _ANDES_TITLE,
             "Cusco (Elena Quispe)",
             _ANDES_BODY,
         ], appeals=[_ANDES_TITLE, _ANDES_BODY]),
    _doc("b152-declanmarsh-independent-commentary-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Spencer Fernando (whole page is an independent writer's support plea ending at a payment button prompt)", "en", [
             _MARSH_PLEA,
         ], appeals=[_MARSH_PLEA]),
    _doc("b152-sentinelunit-owls-anniversary-thanks-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on amaBhungane (whole page is an anniversary-appeal thank-you with reader messages and dash-bulleted impact list, cut mid-word)", "en", [
             _SENTINEL_THANKS,
         ], appeals=[_SENTINEL_THANKS]),
    _doc("b152-riversideledger-localstories-drive-top-end", "appeal", "top+end",
         "Invented; modelled on Brunswick Voice (national pledge-drive headline and the outlet's own joining-the-drive paragraphs; media-crisis essay between stays text)", "en", [
             _RIVERSIDE_HEADLINE,
             "Ten-day drive brings together more than 40 titles across the country",
             "Riverside Ledger",
             "ENDLESS recycled copy, a flood of machine-made falsehoods, and hurried stories that leave out context and whole communities …",
             "Those are just a few of the hurdles every Australian now faces when trying to find news they can trust.",
             "Yet even as the wider industry struggles, small independent outlets are holding their ground, offering careful, free, fact-checked and genuinely local reporting.",
             "Early signs of a sector finding its feet again, a lot of these titles sprang up in places with no local paper left, to keep neighbours informed through lockdowns, bushfires and floods, tight election races, or the squeeze on household budgets, when holding councils and large companies to account matters more than it ever has",
             "As veteran editor Rosalind Keogh writes in her memoir Small Print, Big Stakes: in community-rooted, independent reporting, \"something is quietly growing back\".",
             _RIVERSIDE_DRIVE,
         ], appeals=[_RIVERSIDE_HEADLINE, _RIVERSIDE_DRIVE]),
    _doc("b152-sgpulse-evening-roundup-follow-top", "appeal", "top",
         "Invented; modelled on The Independent Singapore (daily digest, follow-us-on-two-apps line under the title)", "en", [
             "Evening Roundup, August 3",
             _SGPULSE_FOLLOW,
             "Catch up on the stories you may have scrolled past today...",
             "Former logistics chief Lim Boon Keat said to be shifting blame over inflated delivery figures",
             "Photo: FB screengrab",
             "SINGAPORE: Lim Boon Keat, who until last year ran the courier firm SwiftLane, is being criticised for seeming to keep his distance from the row over padded delivery numbers, days after the firm told regulators about problems found in an internal audit.",
             "SwiftLane said on Wednesday it would work fully with the authorities after its board's review committee looked into the overstated figures.",
             "Full story here…",
             "Want to reach Batam without the weekend crowds? Try the early boat!",
             "Photo: Instagram screengrab/wanderwithwei",
             "SINGAPORE: A short clip a man shared on Instagram about his dawn boat trip to Batam has been widely shared, showing there are ways to enjoy a day across the water without the usual crush.",
             "The reel posted by @wanderwithwei on July 27 followed him and two friends to the HarbourFront terminal, onto a nearly empty 7 am ferry, through a breakfast of noodles and kopi, a spa visit and a ride home on the 5 pm boat, all apparently without a single hitch or a moment of stress.",
             "Full story here…",
             "Minister dares Singapore's K-pop fans: bring the band to your campus and get a school holiday",
             "Screenshots from IG",
             "SINGAPORE: A playful dare posted by Minister of State Tan Wei Ling on her Instagram account last Saturday (July 29) to the city's many K-pop fans left plenty of people amused.",
             "She shared messages from devoted fans, who flooded her inbox after news broke on July 28 that the group would play the National Stadium in February. Several students asked Ms Tan to cancel lessons on the concert days.",
             "Teachers appear",
         ], appeals=[_SGPULSE_FOLLOW]),
    _doc("b152-brendanislescourier-fourthestate-middle-end", "appeal", "middle+end",
         "Invented; modelled on Cayman Compass (essay on local journalism, support-via-copies-subscriptions-ads paragraphs and a cut 'your support ensures' line)", "en", [
             "The Watchdog on the Waterfront",
             "What a local newspaper does for the islands.",
             "From cheering on our athletes to sparking public argument, local reporting gives its own voice to the matters and moments that shape life in the Brendan Isles.",
             "It sits at the centre of island life – recording our festivals and heritage; sharing oursmall stories; linking and mirroring our people; and keeping ministers – and every other authority – answerable.",
             "Local reporters know what matters here – chasing stories from our villages and harbours that you will find only in the Courier.",
             "Courier photographer Dion Bascombe and reporter Leanne Hodge outside the House of Assembly.",
             "The press is often called the 'Fourth Estate' – a label that stresses its independence and its duty to keep watch over those in power in a free society.",
             "Yet over recent years, newspapers – the engine room of local reporting – have been shrinking across the globe, hit by social platforms, free online content and distant owners.",
             "Income has dropped and newsrooms have shed jobs, badly limiting the ability to cover local matters in depth and week after week.",
             _BRENDAN_SUPPORT,
             "The shocks of 2021 – from the hurricane that struck in August to the long months of pandemic rules – show why accurate, dependable news matters so much. Our reporters are out on the ground to keep everyone up to date.",
             _BRENDAN_ENSURES,
         ], appeals=[_BRENDAN_SUPPORT, _BRENDAN_ENSURES]),
    _doc("b152-lagoslens-third-force-bookmark-end", "appeal", "end",
         "Invented; modelled on NEWSBUKA (short blog post, bookmark-and-free-email-updates sign-off; a friend's newsletter recommended above it stays text)", "en", [
             "Wednesday, March 15, 2023",
             "Beyond the big two, then who?",
             "Could you list a few serious third parties right now?",
             "If Nigerian politics still holds your attention, do watch the three-hour interview with the Labour chair linked above.  You might also sign up to a sharp friend's election newsletter (try: Ten Questions for 2023)",
             _LAGOSLENS_SIGNOFF,
         ], appeals=[_LAGOSLENS_SIGNOFF]),
]


# --- Probe 132: negatives -----------------------------------------------------------------------

PROBE132_NEGATIVES = [
    _neg("b152-kowhaibaynews-christmas-foodbank-drive-neg",
         "Invented; modelled on Wanaka Sun (community food-bank drive notice asking for food and cash donations, cut mid-word)", "en", [
             "Festive Food Parcel and Pantry Drive",
             "Pictured: Helpers pack tins at last year's pantry drive.|Photo: Kowhai Bay News Files",
             "The Festive Food Parcel and Pantry Drive will visit these spots this year:",
             "Tarata Flat • Saturday, December 14, from 2pm",
             "Rimu Crossing • Monday, December 16, from 6pm",
             "Kowhai Heights • Tuesday, December 17, from 4.30pm",
             "Kowhai Bay • Tuesday, December 17 from 6pm",
             "Food can be handed over as the drive goes past (listen for the fire truck) or left at any time at our rooms at 12 Kereru Lane, or in the labelled crate at FreshChoice Kowhai Bay.",
             "Items for the parcels must reach us by December 17, many thanks.",
             "Everything collected is packed into festive parcels of groceries and gifts for households doing it hard – a real help at this point in the year.",
             "Money is welcome too, because it lets us buy fresh items such as bread and eggs across the whole year. Money can be handed over during the drive or left at the Bayside Support Trust rooms at 12 Kereru Lane – we are grateful for your help.",
             "If life were fair, nobody would go without over the holidays. There would be food in every cupboard, a safe roof over every head, and enough to get through the week without worry. Life isn't like that, not even in a town as lovely as ours. High prices and loneliness can make things hard. Usually the hard patch ends, and someone may only need a little advice or a hand to get past it.",
             "Last December, 54 festive parcels went out to households that might otherwise have gone without, and the food gathered kept our pantry shelves full all year. So far this year, about 140 grocery parcels have left the pantry.",
             "A big thank you ahead of time to everyone who will give their hours, effort, groceries and money to the Festive Food Parcel and Pantry Drive.",
             "With the holidays drawing near and 2019 winding down, we wish every one of you a joyful and restfu",
         ]),
    _neg("b152-wiredesk-party-telegram-channel-neg",
         "Invented; modelled on NewsDrum (wire copy on a politician's messaging channel that people can join, desk codes at the end)", "en", [
             "Pune, Mar 14 (PTI) Lok Vikas Party state unit chief Raghunath Patil on Thursday unveiled party president Meera Deshmukh's Telegram channel at the party's city headquarters.",
             "Patil unveiled the channel before party workers and ward and taluka office-bearers gathered at the headquarters.",
             "Patil, who was the channel's first member, later claimed that 18 lakh users had already signed up. The state unit is the first in the country to formally unveil it, he added.",
             "He said supporters of the party's programme could follow Deshmukh's updates directly through the channel.",
             "Patil alleged that rival parties were using online platforms to spread falsehoods, and said Deshmukh's Telegram channel would tell people the facts without fear.",
             "Ordinary citizens and local bodies such as housing societies are welcome to follow the channel for first-hand updates on Deshmukh's activities, he said. PTI RKP RKP SM SM",
         ]),
    _neg("b152-cymrubriefing-valleyspost-appeal-neg",
         "Invented; modelled on Daily Digest Ireland (aggregator reporting another outlet's reader-support appeal with bulleted price tiers)", "en", [
             "Independent reporting is feeling the financial squeeze, and the newest appeal featured in Wales News shows how pressing the problem now is. The Valleys Post has made a plain request for help from its readers, saying their backing is now vital if its journalism is to stay free, careful and open to all.",
             "The point is straightforward: good journalism costs money, and ads on their own can no longer cover the bill. With competition for attention fiercer than ever, Welsh publishers are leaning more and more on paying members, subscribers and single gifts from readers to keep reporting the stories people care about.",
             "Why the Wales News appeal is significant",
             "The request mirrors a broader trend across the news business. Publishers face higher running costs, shifting reading habits and an online ad market that is far less dependable than before. For anyone following wales breaking news today, those strains can shape how fast, how thoroughly and how freely events are reported.",
             "According to the message the Valleys Post published, support from readers pays for journalism that sets out to be independent and fair. The outlet presents that backing as a means of keeping honest, useful reporting available to anyone who wants it, whether or not they contribute.",
             "What the Valleys Post wants from its audience",
             "The outlet is asking readers to chip in through a number of routes, among them:",
             "- Monthly gifts from £3",
             "- Bigger monthly amounts such as £7",
             "- Single contributions for those who would rather give once",
             "- An optional log-in to join the comments and conversations",
             "The approach is now common among welsh local news sites and national outlets alike, where money from readers is helping to fill the hole left by falling advertising.",
             "Read more: latest Wales breaking news stories and detailed Welsh politics coverage",
             "What it means for the Welsh press",
             "This story is about more than on",
         ]),
    _neg("b152-prairieroadmag-smalltown-papers-neg",
         "Invented; modelled on CAA Magazine (motoring-club magazine feature on local papers and their advertising, byline with illustrator, cut mid-word)", "en", [
             "Ink of the Prairies",
             "From town to town, independently owned weeklies are still telling places who they are.",
             "By Colette Birnbaum | Illustrations by Jonah Ferreira",
             "IF YOUR ROAD TRIP takes you through a prairie town this season, the fastest way to take its temperature is to pick up the weekly paper. That's where you'll learn what gets people talking — the rink's new roof, a zoning fight, a scoop about a wedding ring turned up in a second-hand sofa. Then come the anniversaries and obituaries, the want ads and, naturally, the ads that keep the whole thing running, covering wages and pointing you to pie, lumber or the community theatre.",
             "Provided, of course, that the town still has a paper. A study published this spring by a university media lab found that more than 300 communities across the country have lost their local news source in the last fifteen years. The damage goes well beyond visitors not knowing where to find lunch. Researchers link the loss of a paper, written by neighbours about their own place, to lower turnout, fewer volunteers and sharper divisions.",
             "Still, in plenty of places, small papers keep defying the trend, putting out independent, home-owned editions that help hold their towns together and keep them in the know.",
             "\"People still reach for the paper\"",
             "For Doreen Halvorsen, losing readers has never been the worry. Halvorsen owns and edits The Plainsman, a small chain of weeklies serving a stretch of southern Saskatchewan. However many copies of The Plainsman Weekly she orders and stacks by the till, \"they've vanished by suppertime,\" she says. Readers, Halvorsen explains, know the paper will give them \"stories nobody else is bothering to tell.\" With a team of only thr",
         ]),
    _neg("b152-fraservalleytimes-newspaperweek-editorial-neg",
         "Invented; modelled on Aldergrove Star (editorial on the value of local news asking readers to send tips, signed with initials)", "en", [
             "Local news still earns its place on your table",
             "This week's paper may feel a little thicker in your hands than usual.",
             "Civic elections are coming, which brings extra ads from all the people hoping for your vote, but also extra news – and even with more pages, it can be a squeeze to fit everything going on in town, from the fall fair and hockey to courts and council.",
             "It also happens to be Local News Week across the country, a fitting moment to think about what the printed paper does.",
             "The way papers reach people has changed a great deal over the years.",
             "Long before the web shook up the industry, there were huge shifts in presses, in colour pages, and in cameras too, which only a generation ago were costly and awkward for a small paper to use. Back then pictures appeared far less often than they do now.",
             "How you get your paper has changed as well. Perhaps you are reading this on a screen in your hand or on your desk. Perhaps it landed on your porch this morning.",
             "Whichever way it reaches you, a story is still a story.",
             "Nothing else yet matches a newspaper for the range and detail of what it covers – and that is doubly true close to home.",
             "A healthy local press serves everyone, from shop owners to councillors (and those running to be councillors), from families who have been here for generations to people who just arrived.",
             "A local paper exists to tell a town about itself. So we count on you, our readers, to help – to get in touch by email, phone or social media and tell us what is happening.",
             "Together, we can go on telling that story for many years yet.",
             "– R.T.",
         ]),
    _neg("b152-thelens-factchecker-funding-probe-neg",
         "Invented; modelled on The Quint (report on police alleging a fact-checking site's foreign funding, quoted denial)", "en", [
             "A complaint against Factline co-founder Imran Sheikh over an allegedly \"offensive post\" has turned into a wider inquiry into how the fact-checking outlet Factline is run.",
             "Mumbai Police now claim that Clearview Media – which owns Factline – took in Rs 1,84,520 from overseas sources, a claim Factline has flatly rejected.",
             "On Tuesday, 12 March, the outlet issued a statement saying, \"The claim that people linked to the organisation took money into their own bank accounts is equally untrue, because those people are paid only a fixed monthly salary.\"",
         ]),
    _neg("b152-dantecolumn-foreign-grants-media-neg",
         "Invented; modelled on Rigoberto Tiglao (columnist alleging media groups break a ban on foreign funding, subhead, cut mid-sentence)", "en", [
             "CCR, Lens Files and MWC breaking the charter's bar on foreign money in media",
             "THE badly named Center for Civic Reporting (CCR), Newsline and a pair of other outfits that never stop attacking the government are flouting the charter's prohibition on foreign involvement in media by taking large grants from overseas donors.",
             "The two other outfits are Lens Files and the Media Watch Council (MWC).",
             "Lens Files was even picked by a big social network as one of its official \"fact checkers.\" Let it go ahead and fact-check what I write here.",
             "These groups are stuck in the very same legal mess as Newsline, which the corporate regulator in 2019 found had broken that charter rule because of a $2 million investment from a foreign fund.",
             "The regulator said: \"The charter and the law…are meant to shield the public from every kind of outside influence (even influence that looks 'benign') delivered through \"any form of mass media.\" It held—a view an appellate court later upheld—that the charter sets a \"no foreign ownership rule,\" meaning a media company may not take even one peso or dollar from abroad.",
             "I doubt these groups would last even a few weeks without overseas grants. They have no real revenue of their own. Unlike foreign billionaires who bankroll outfits like these abroad, our own rich families and firms have shown no appetite for paying for such media.",
             "So what ties these groups together?",
             "Pacific Civic Trust",
             "CCR got large grants from the Pacific Civic Trust in the years right after its founding in 1991. Its director has ignored every request I have made for figures on how much foreign money it has taken since. Yet filings by the Transatlantic Press Fund (TPF) show that it handed",
         ]),
    _neg("b152-kaiparacoastnews-council-reporter-ends-neg",
         "Invented; modelled on Mahurangi Matters (editorial on the end of a grant-funded council reporter, cut mid-word)", "en", [
             "Anyone who reads us regularly will have seen that for three years we have carried plenty of Auckland Council coverage by reporter Mere Tautahi.",
             "Mere's role was paid for by the Local Voices Fund and was shared among several community and regional papers, none of which could afford a council reporter of their own.",
             "It began in February 2021 with two years of funding and was renewed for one more year in 2023. That funding has now run out, and the gap it leaves will be hard to close.",
             "When the old district councils were merged into one big council, distance took away our chance to sit in the chamber, listen to the arguments ourselves and talk things over with councillors and officers.",
             "We still report on our local board, but few small papers can send someone into the city for a full day to follow the rest of the council's business.",
             "So it was sensible to pool resources and share a single reporter across several titles. That way ratepayers could keep seeing how the decisions shaping their towns were reached and, in particular, how their own councillors were doing.",
             "Because Mere could quote the arguments made in the chamber, readers saw exactly where their representatives stood, which kept those councillors answerable. With her gone, councillors and their decisions will face far less scrutiny.",
             "It was a pity that MPs such as Graham Tolley tried to turn the funding into a political football, calling it a payoff. That was simply wrong. The fund never told us what to write, though it did expect us to account for every dollar.",
             "We will try to follow council meetings via livestream from now on, but we cannot hope to match the same level of detail. Across those three years, Mere covered the main council table, its committees, the council-owned companies, advisory groups and the Kaipa",
         ]),
    _neg("b152-diasporaweekly-flood-relief-oped-neg",
         "Invented; modelled on Eastern Eye (charity director's op-ed appeal for families abroad, byline with title and organisation, cut mid-word)", "en", [
             "Standing with flood-hit families in south Asia",
             "By Rohan Desai",
             "Chief executive",
             "Diaspora Relief Fund",
             "FOR the last month, I have followed with mounting grief the reports of lives lost to the monsoon floods among families with roots in our community.",
             "Harder still have been the messages arriving in my inbox about relatives of friends who have died, and it pains me that I cannot travel to stand with the families at the funerals.",
             "At the same time, I have been moved to see how our community here has responded. Whether collecting supplies at temples and mosques, driving vans of donated goods to warehouses or staffing phone banks late into the night, so many people have found ways to help – turning restaurants into collection points and shops into drop-off centres across the country.",
             "In the coming weeks, we will mark that effort with a series honouring the volunteers behind it.",
             "That same community now wants to stand alongside relatives and neighbours back home, making sure families get the clean water, food and medical help they badly need to get through this.",
             "The region holds nearly a quarter of the world's poorest people, with hundreds of millions living on under $3 a day. Now millions of families are in desperate danger because the floodwaters have not receded.",
             "In Assam whole villages have been cut off. In Pakistan's Sindh province clinics are overwhelmed. In Bangladesh, crowded riverside settlements are at risk of disease. Nepal's hill districts are facing landslides once again.",
             "To meet the needs on the ground and the wish of people here to help, the Diaspora Rel",
         ]),
    _neg("b152-heritageherald-charity-awards-neg",
         "Invented; modelled on Asian Voice (report on a weekly's charity awards evening, byline with date, subhead, cut mid-quote)", "en", [
             "Grassroots charities leading big causes",
             "Anjali Sethi Tuesday 11th June 2019 09:15 EDT",
             "Cuts to council grants, rising costs and a drop in public trust after a string of scandals at well-known national charities have left many small charities fighting for every donation, paying the price for failures at much larger bodies. Against that backdrop, the third Heritage Herald Community Awards, held on 7th June at a hotel in Mayfair, honoured the work small charities are doing on issues such as youth violence, loneliness among older people and gambling addiction in the community, among others.",
             "\"Giving sits at the very centre of our community. It runs through our families and is often rooted in our faith. Whether it is seva, sadaqah or the free kitchens of the gurdwara. The generosity of British Asians says a great deal about how much we add to the life of this city,\" said the Mayor of Leicester, Councillor Priya Anand.",
             "The winners were recognised in the company of Lord Mehra OBE, known for founding an international day for carers that the United Nations now marks. His Mehra Trust has supported carers in poorer countries for more than 15 years. Also present were Baroness Kaur, Dr Vikram Sood, the writer Helen Marsh and the actor Ravi Bhatt. The judging panel included Sarah Whitlock, head of a national youth charity, Nikhil Joshi of Joshi Capital and Meena Patel, chair of Giving Insight.",
             "Taking a stand against youth violence: the Mayor of Leicester",
             "\"I truly believe Leicester is a wonderful city, but I will not pretend its problems are not real, and small charities have a big part to pl",
         ]),
    _neg("b152-chinadailywire-melbourne-flood-fundraiser-neg",
         "Invented; modelled on China.org.cn (overseas community's disaster fundraising drive with pledged sums and quotes, cut mid-sentence)", "en", [
             "Chinese Community in Melbourne Raises Funds for Guangxi Flood Victims",
             "After severe flooding swept through Guangxi, Chinese residents of Melbourne have joined forces to hold what organizers call the biggest fundraising drive their community has ever seen.",
             "On Saturday morning, a temporary stage went up at the heart of Chinatown on Little Bourke Street, now a favourite stop for visitors, with volunteers from a community radio station and a local accounting firm running the collection.",
             "\"The families need more than rescue boats. They will need food, bedding, somewhere to live and, in time, everything rebuilt. All of us must help,\" said Helen Zhou, founder of a programme that encourages Chinese Australians to take part in public life.",
             "On Tuesday, when news of the floods first broke, she rang an official at the Chinese consulate in Melbourne to pledge 3,000 Australian dollars. Two days later she promised a further 5,000 dollars as community associations across the city formed a joint committee to pool flood donations.",
             "\"Every dollar matters. You can volunteer your time or give money,\" said Peter Lam, chairman of the Federation of Chinese Community Groups of Victoria.",
             "Money poured in all day Saturday. Many gave quietly and looked shaken. Some lingered by the stage watching the performances, wiping their eyes.",
             "The songs and dances also caught the attention of Australians and tourists passing by, several of whom dropped in cash once they learned what the collection was for.",
             "Eight-year-old Liu Mei, whose family comes from Guilin, came along with her parents and grandfather. She climbed up on stage and called out in her home dialect: \"Please help the kids in Guangxi.\"",
             "A Mr. Chan in his 70s pulled a thick fold of notes from his jacket and pushed them into the collection box. He had only just returned from Nanning, where he had already given mon",
         ]),
    _neg("b152-northernherald-celebrities-crowdfund-neg",
         "Invented; modelled on The Press and Journal (celebrities backing another group's crowdfunding page, long quote, cut at 'Please')", "en", [
             "Actors including Mei Lin Hart have thrown their weight behind a drive to raise funds for British groups serving people of East and Southeast Asian (ESEA) descent following a spike in racist attacks.",
             "Broadcaster Jessica Tan and actors Daniel Koh and Arthur Ng also urged their fans to give to the Safe Streets ESEA crowdfunding page, with the money to be shared among community groups across Britain.",
             "It follows a comparable appeal in Canada that brought in more than 2 million Canadian dollars (£1,180,000).",
             "Other British names backing the appeal include rapper Kenji Moss, fashion editor Ruth Adeyemi, designer Lia Chow, Green councillor Amy Lau and folk singer Tom Reyes.",
             "Launching the appeal on TikTok, Hart said: \"Most of the coverage of racist abuse towards Asian people has focused on other countries, but this is happening here too – with a worrying climb in incidents aimed at people of ESEA heritage in Britain. In some cities reports have doubled in a year.",
             "\"Like so many people, I feel anxious whenever my relatives go out to the shops or catch a bus.",
             "\"My father spent decades as a hospital porter – he and my mother have been shouted at and followed in the street more than once over the last year.",
             "\"I am grateful none of it turned violent, but sadly for many it does, like the assault on a 30-year-old nurse in Glasgow this month that left her needing hospital treatment, the attack on a student who was cycling home in Leeds, and the punching of a young waiter outside his restaurant in Manchester, to name just a few.",
             "\"Worse still, the official numbers almost certainly understate the problem, since so many victims never report what happened, either to the police or to journalists.",
             "\"We badly need more awareness and more help, which is why I am proud to support this appeal, which will give grants to small community groups working with ESEA people and others affected. Please",
         ]),
    _neg("b152-councilnetwork-newsrooms-campaign-total-neg",
         "Invented; modelled on Institute of Community Directors Australia (report on a newsroom alliance's campaign totals, repeated pull-quote with attribution line, cut mid-sentence)", "en", [
             "A win for community newsrooms",
             "Published 19 June 2025",
             "By Tessa Morland, reporter, Community Boards Network Australia",
             "A countrywide community appeal has brought in more than $72,000 for small and independent news outlets.",
             "The Local Stories Count drive was led by the not-for-profit Regional Newsrooms Network (RNN).",
             "The ten-day appeal, which wrapped up on Friday, united 47 online outlets from around Australia in a shared push to win local backing for community reporting.",
             "RNN chief executive Harriet Lowe said the money would go towards public-interest reporting for the towns and suburbs involved.",
             "\"Our member outlets publish well over 2,000 stories a week that nobody else would cover, and these funds help pay reporters to keep doing that,\" she said.",
             "Last year's appeal raised $151,000 for 28 outlets, drawing over 800 separate gifts as well as matching contributions.",
             "Lowe said the timing of the appeal had been ideal because of the state election, which member outlets had covered closely.",
             "\"It matters that people follow what is going on in state and national politics and elsewhere, but in the end every one of us votes in a local seat,\" she said.",
             "\"Community outlets have been crucial in helping people make sense of who is actually standing in their area.\"",
             "\"Our member outlets publish well over 2,000 stories a week that nobody else would cover, and these funds help pay reporters to keep doing that.\"",
             "RNN chief executive Harriet Lowe.",
             "Lowe said outlets had worked hard through the campaign, profiling local candidates and covering the issues residents cared most about.",
             "That included putting residents' worries in front of more readers and telling people where the",
         ]),
]


BATCH152_DOCUMENTS = PROBE132_APPEALS + PROBE132_NEGATIVES
