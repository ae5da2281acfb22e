"""Batch 94: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

25 documents (13 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 74 (25 documents). Each keeps the real page's structure line for line (headlines,
"Published" datelines, bylines, an editor's-letter header with a photo caption, a "Reading Time" label
and a partner-site credit, a run of hashtag lines, a live-blogged council agenda, a newsletter digest
of headline + summary pairs with bracketed sources, a photo-gallery list with "  •" bullets and
indented subtitle lines, a campus-news roundup of one-line quips, a duplicated title line, double
spaces inside paragraphs, dangling "at:" / "by" / "who visits" endings whose links were stripped, and
cut-off endings mid-sentence or mid-word) and exactly what the real gold marks: an email-newsletter
signup widget with its three bulleted newsletters in the middle of a publisher's note; a "back this
reporting" no-paywall, no-ads block closing an investigation teaser; a "stay sharp" weekly-highlights
newsletter pitch after a hashtag list; a print-edition cut ("the rest of this report ... subscribe
today") with three subscription link lines and a search hint; a lone "Email newsletter sign-up" widget
line inside a column (the column's own closing plea for donations to student newsrooms stays text);
a newsletter's opening "want it in your inbox, tap the button" line; three sentences of a
subscription-drive appeal inside a photo caption (the rest of the caption stays text); a patron-only
"not a patron yet? join" sentence ending a paragraph; a blog's closing "back me on Patreon" line; a
support line with its donate button above a photo gallery; a "stay connected with us" social line
above a traffic story; an editorial's closing newsletter / text-alert / please-support block (the
line before it about free pandemic coverage stays text); a two-line "contributions are tax
deductible" footer. Negatives keep what makes the real ones hard: a columnist urging listeners to
give to community-radio fund drives, a newsroom alliance welcoming member organisations, a media
blogger on chains selling papers and a bid to donate one to a nonprofit, a trust project quoting
another outlet's contributions pitch, a campus-press campaign and its subscription economics, a
house-fire crowdfunding with target and sums, county candidates' fundraising totals, a paper lifting
its paywall for virus coverage, an institute's newsletter launch ending in its own "subscribe here"
line, a news site's anniversary history, a paper's charity drive with a donation form and its
thermometer, a blogger relaying another nonprofit outlet's gala and support plea.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text by
check_para.py). The modelled real outlet is noted in each outlet field. Like the earlier batches
`build_devset.py --batch94` takes each text as it stands, locates every gold appeal substring in it
(asserted unique) and writes Fixtures/unseen-batch94.jsonl.
"""


from whole_documents import _doc, _neg


# --- Probe 74: appeal documents -----------------------------------------------------------------

_LEDGER_SIGNUP = "\n".join([
    "Email newsletter sign-up",
    "Get The Millbrook Ledger's newsletters free of charge",
    "Tick the newsletters you want delivered",
    "  • Ledger Headlines: Arrives daily at 6 am",
    "  • Ledger Scores: Arrives daily at 11 am",
    "  • Ledger Weekend: Arrives on the 1st of each month",
])

_GROUNDTRUTH_SUPPORT = "\n".join([
    "Back this reporting",
    "Ground Truth runs no paywall and takes no ads, so our investigations can reach as many people as possible and push for fairer communities across the country. Readers like you are what make this reporting possible.",
])

_ODDSLINE_NEWSLETTER = "\n".join([
    "Stay Sharp. Call It Early.",
    "Receive a weekly roundup of top stories, key headlines and analyst commentary — then test what you know in our real-time forecasting markets.",
])

_SENTINEL_CUT = "\n".join([
    "the rest of this report, and plenty more, in this week’s full print issue. Subscribe today to read our digital edition or to get the paper mailed to your door every week by choosing an option below:",
    "Yearly digital subscription",
    "Trial digital subscription",
    "Home delivery subscription",
    "(Looking for one specific story? Search the matching issue of the paper)",
])

_DISPATCH_WIDGET = "Email newsletter sign-up"

_SLOWSCROLL_TOP = (
    "Welcome to The Slow Scroll, the weekly newsletter that rounds up the finest long reads from around "
    "the web. Want it waiting in your inbox every Sunday morning? Just tap the friendly little button below:"
)

_HARROW_DRIVE = (
    "Our annual subscription campaign has begun. Be like them: subscribe, give a subscription as a gift, "
    "or renew ahead of time. Stay current on everything Harrow Bay."
)

_LAUREL_PATRON = "Not a patron yet? Join up to unlock the rest of this post!"

_MILLHAVEN_PATREON = "Enjoy this post? Hoping for more of them? You can back me on Patreon."

_TARVANIA_SUPPORT = "\n".join([
    "Support independent reporting on Tarvania",
    "Donate",
])

_PLAINS_CONNECT = "Stay connected with us"

_OAKRIDGE_CLOSE = "\n".join([
    "Anyone who would like our email newsletters can sign up for them free at:",
    "We also send text alerts for every breaking story, and you can sign up for those free as well at:",
    "Our goal is to make this available right now to readers who otherwise might not be able to pay for vital pandemic information.",
    "If you can, and if you see the worth of local reporting and why it matters, we hope you will think about backing our work by",
])

_DOCKET_FOOTER = "\n".join([
    "Contributions are tax deductible",
    "to the maximum extent the law allows.",
])


PROBE74_APPEALS = [
    _doc("b94-millbrookledger-printcycle-middle", "appeal", "middle",
         "Invented; modelled on The Vicksburg Post (publisher's note with a newsletter signup widget and bulleted list mid-text, cut ending)", "en", [
             "Through every change, our purpose stays put",
             "Published 6:12 pm Thursday, April 16, 2020",
             "Over the weeks since the virus outbreak began moving through the region, a great deal has shifted.",
             "Shops labeled non-essential have had to lock up. With residents told to remain indoors except when truly needed, customer visits have dropped even at grocers and pharmacies, and many family-run stores have had to trim their hours sharply or shut for now.",
             "Through it all, people in Millbrook and Tanner County have relied on The Millbrook Ledger to keep up. Our reporters have pushed hard to bring dependable, verified updates as fast as events unfold.",
             _LEDGER_SIGNUP,
             "From the heavier news as case counts climb, to uplifting accounts of residents looking after one another, we have kept showing up for you.",
             "As we move our printed edition to three days a week, readers will not see any drop in how much we report. Getting the news to you as it breaks is still what matters most; the only thing changing is the format and schedule we use to deliver it.",
             "Printing fewer editions became unavoidable once advertising fell off as local businesses faced mounting strain.",
             "At the same time, visits to our website have hit record levels. Staying safe at home, readers are turning to ledger.example.com as never before, following live updates, breaking stories and moving features about neighbors doing good. That surge, together with the lost revenue, brought us to the hard choice of redirecting our energy and cutting how many printed papers we put out each week.",
             "The Ledger is hardly alone. By one count taken midweek, upward of 900 new",
         ], appeals=[_LEDGER_SIGNUP]),
    _doc("b94-groundtruth-zoningdrafts-end", "appeal", "end",
         "Invented; modelled on Center for Public Integrity (reading-time label, partner-site credit, short teaser, closing no-paywall support block)", "en", [
             "Reading Time: < 2 minutes",
             "We checked which city councils let developers draft their own zoning changes. It happened in 38 of 40 big cities.",
             "Website for The National Courier",
             "This story was also published by The National Courier",
             "When a city council takes up a zoning change, the text does not always come from its own planners. Builders, trade associations or their consultants frequently supply ready-made ordinances, then pitch them to council members.",
             _GROUNDTRUTH_SUPPORT,
         ], appeals=[_GROUNDTRUTH_SUPPORT]),
    _doc("b94-oddsline-giftmembership-end", "appeal", "end",
         "Invented; modelled on Outpoll (news item on another outlet's membership campaign, hashtag lines, closing weekly-newsletter pitch)", "en", [
             "The Plainspoken Launches Pass-It-On Membership: Join Once, Gift a Second Seat to Widen Access to News",
             "This year-end season, The Plainspoken is rethinking how it relates to its audience with a Pass-It-On Membership program that goes beyond an ordinary sign-up push. Between December 1st and January 12th, each new yearly membership will be paired with a complimentary yearly membership for a reader who could not otherwise afford one.The scheme takes aim at an awkward tension in today's news business: good reporting is worth a great deal, yet much of it is locked away from anyone who cannot pay. Borrowing from the 'one for you, one for someone else' playbook of shoe and eyewear brands, the outlet is applying the idea to something more basic still: knowledge.Paying members get every perk—ad-free audio, members-only pieces, and more—while at the same time opening identical access for another reader who applies through a short online form. It is a calculated bet on community, built on the idea that a newsroom's staying power depends on how broad and varied its readership is.In an era when readers are tired of paying for one more subscription, The Plainspoken's choice to deliberately lower the cost of entry offers a persuasive picture of a fairer and more durable model for publishing. It nudges the industry to think about what it owes readers of every income level and argues that news is a shared good, stronger when everyone can reach it. The real test of the drive will be whether readers come away feeling part of a common project, no longer just paying customers but genuine partners in keeping plain-language reporting alive.",
             "#The Plainspoken",
             "#reader revenue",
             "#gift memberships",
             "#year-end drive",
             "#paid newsletters",
             "#featured",
             _ODDSLINE_NEWSLETTER,
         ], appeals=[_ODDSLINE_NEWSLETTER]),
    _doc("b94-northfieldsentinel-closures-end", "appeal", "end",
         "Invented; modelled on The Chronicle, Barton VT (weekly's story cut into a print-edition subscribe line with three subscription links and a search hint)", "en", [
             "Worry grows as the virus reaches the valley",
             "by Corinne Aldridge",
             "Keeping older residents, children, and people with chronic illness safe is the top priority as shutdowns and called-off events spread across the county in an effort to slow the virus.  Worry for hourly workers and small shops in a shaky new economy is growing too.",
             "“Physical distancing,” a phrase nobody here had used a week ago Tuesday, now poses the biggest danger to Main Street businesses.",
             "Put mildly, a lot can happen in seven days.  Classrooms and storefronts are shut, board meetings have moved to video, memorial services are on hold.  Everybody has seen the empty paper-goods aisle.",
             _SENTINEL_CUT,
         ], appeals=[_SENTINEL_CUT]),
    _doc("b94-tidewaterdispatch-campusnewsrooms-middle", "appeal", "middle",
         "Invented; modelled on Suffolk News-Herald (column with a lone newsletter-signup widget line mid-text, own plea for student newsrooms cut mid-word)", "en", [
             "Stand up for campus newspapers",
             "Published 8:32 pm Tuesday, April 17, 2018",
             "Nothing thrilled me more, or scared me more, than stepping into the newsroom at Bayside Methodist College in my second year.",
             "My editor handed me my first story, and I poured everything into it. I even worked on it in the back row of a few lectures.",
             "Honestly, it wasn’t an important story, but I treated it like one.",
             _DISPATCH_WIDGET,
             "That was when journalism got its hooks in me, and it never let go. Once I loved reporting, it didn’t take long to love the First Amendment too. We kept a framed copy of it on the newsroom wall.",
             "We began chasing stories that made people squirm. We reported on harassment complaints. We reported on a campus guard who was struck by a car. Those pieces took a lot of digging and meant prying loose records nobody wanted to give us.",
             "Making things harder, at Bayside Methodist the college paid for the entire paper. A few small ads brought in some money, but nearly all of our budget came straight from the school.",
             "Add to that the fact that it’s a private school, where getting records out of anyone is a struggle.",
             "Without the campus paper, students and staff wouldn’t have gotten straight, fair reporting about what was going on around them. A student paper is essential, because it is one of the few ways to keep a school answerable. Without reporters, the truth is hard to find.",
             "Luckily, the college mostly valued our work, and nobody from the administration seemed to meddle while I was on staff.",
             "Students at other schools haven’t been so fortunate. Some papers have had to go back to school funding because they can no longer pay their own way. Once that happens, administrators try to steer coverage or shut down investigations.",
             "We can’t let that happen. Campus newsrooms need our support.",
             "Back them by donating to yo",
         ], appeals=[_DISPATCH_WIDGET]),
    _doc("b94-slowscroll-weeklypicks-top", "appeal", "top",
         "Invented; modelled on The Long Story (Substack digest: opening inbox-button line, headline + summary pairs with bracketed sources, cut mid-word)", "en", [
             _SLOWSCROLL_TOP,
             "Here we go…",
             "Arizona Shuttered Rural Clinics. Then Heatstroke Deaths Spiked.",
             "State officials declined to track what happened to patients after dozens of rural clinics were closed, so the Desert Ledger gathered the numbers itself. It found that heat-related deaths in the affected counties nearly tripled, largely because residents now had to drive over an hour for care they once got down the road. [Desert Ledger]",
             "How a Weekend Radio Host Became the Loudest Voice in Sports Talk — And Beat the Big Networks at Their Own Game",
             "Back in the 2000s, when the networks' Sunday pregame shows ruled, nobody would have believed a lone syndicated radio host could draw a bigger crowd. Yet Vic Marlow now pulls more listeners than the polished studio panels of every major network — at least among fans under fifty — and he does it without star athletes as guests or much of a production budget. [Broadcast Beat]",
             "The men who built America’s first solar panels and the towns that paid the price",
             "With clean-energy subsidies booming, the US is pouring billions into bringing panel production home. But many health researchers worry that nobody has studied the 1960s and 70s, when factory crews in the Southwest handled toxic solvents linked to a sharp rise in cancers in nearby towns. They want to know what regulators are doing to keep today's workers from the same fate. [The Circuit]",
             "The Rag-and-Bone Bell: Recycling in Edwardian Glasgow",
             "Easily the strangest thing I've read this month! In early 1900s Glasgow, around 800 collectors worked the lanes with handcarts, swapping trinkets for old cloth and bones. They were known as \"rag-and-bone men\" and they fed a whole industry of paper mills and glue works across the city. Some covered over 20 miles a da",
         ], appeals=[_SLOWSCROLL_TOP]),
    _doc("b94-harrowbayweekly-editorletter-top", "appeal", "top",
         "Invented; modelled on La Conner Weekly News (editor's letter header, photo caption carrying the subscription-drive appeal, cut mid-word)", "en", [
             "By Ruth Alder",
             "Your hometown paper and you",
             "A note from the editor —",
             "December 2, 2021",
             "CATCHING THE READING BUG – Milo Brandt sits beside his proud great-aunt Irene Brandt, a longtime resident of Harrow Bay. Every branch of the Brandt family waits each week for the Harrow Bay Weekly to turn up in the mailbox. " + _HARROW_DRIVE + " – Photo courtesy of Anika Brandt",
             "Dear Friends of Greater Harrow Bay,",
             "Welcome to the Harrow Bay Weekly. If this is your first copy, I hope your hometown paper proves a pleasant and rewarding read. To our loyal subscribers, I hope this edition gives you what you look for. Thank you, subscribers, for staying involved in the life of this town through our pages.",
             "This paper is here for the community, and the community is you. Generations back, when the hometown paper was called The Channel Pilot, each edition carried the line “Serving Harrow Bay and the Farms of the Delta” across the top of the front page, just above the nameplate.",
             "The name on the masthead is different now, but the mission has not changed. This week's edition went to every household in the Harrow Bay School District. Harrow Bay schools, beginning with the students and featuring their classes, teachers, principals, support staff and school board, are at the heart of what this paper covers. Athletics, music programs and after-school clubs are also followed in ordinary years when they happen day to day.",
             "Heron Point, roughly 1,500 residents in some 700 homes, is a vital piece of the greater Harrow Bay community, and its concerns are covered often, as on the front page this week.",
             "These pages also carry news of local businesses, town government, elections and much more.",
             "Just as vital are readers’ voices, which show up whenever the mood strikes you in letters, opinion columns, stories, notices and p",
         ], appeals=[_HARROW_DRIVE]),
    _doc("b94-laurelfallsfreepress-digest-middle", "appeal", "middle",
         "Invented; modelled on The Asheville Free Press (patron newsletter intro, patron-only join sentence ending a paragraph)", "en", [
             "Welcome to issue two of “& also this week,” The Laurel Falls Free Press’ twice-a-year weekly newsletter!",
             "Kidding... though it’s true that I’ve sent out only one of these so far, and that was in the very first week of this whole venture, back in March of 2022.",
             "Honestly, back then we didn’t have enough subscribers to justify writing it (translation: none), but over the last few months that’s changed! So think of this as me finally keeping the promise we made on our patron page. I’ll aim to make this weekly. Be patient with me.",
             "The plan is for this to be a bit more laid-back, just for our patrons. " + _LAUREL_PATRON,
             "I’ll pull together a handful of headlines that caught my eye this week and add some background and my take on each. If you have thoughts or spot headlines you’d like included in a future edition, don’t hesitate to email me directly: editor@laurelfallsfreepress.example.org.",
             "Okay, with the preliminaries done, let’s get into it.",
         ], appeals=[_LAUREL_PATRON]),
    _doc("b94-aroundmillhaven-councillive-end", "appeal", "end",
         "Invented; modelled on In Greenfield (blog live-posting a council agenda, closing Patreon line)", "en", [
             "I’m following the livestream of tonight’s Town Council session all the way from northern Ohio (thank you, MCTV!), tuning in a little late because of family plans. Updates below…",
             "Open forum",
             "Public hearing - Water & Sewer rate changes",
             "Reports from the Town Manager, department heads, etc.",
             "Reports from the MCF Broadband Director",
             "Reports from the Schools Superintendent and the School Board",
             "The hearing and the reports are finished. Orders, votes, and resolutions come next, after a 15-minute recess.",
             "Orders, Votes, & Resolutions",
             "Sorry, everyone, but I need to stop here for tonight.  When the recording of the session goes up, I’ll catch up on the rest and post a recap.",
             _MILLHAVEN_PATREON,
         ], appeals=[_MILLHAVEN_PATREON]),
    _doc("b94-tarvaniawatch-gallery-top", "appeal", "top",
         "Invented; modelled on Myanmar Now (support line and donate button above a bulleted photo-gallery list with indented subtitles, cut mid-word)", "en", [
             _TARVANIA_SUPPORT,
             "Galleries",
             "  • Photo Essay: Families fleeing the fighting in Korvan take refuge on the sandbanks of the Lusan River",
             "    As clashes spread south of Drevna, villagers move away from the front lines and struggle to find food and water",
             "  • Nuns carry the coffin of Sister Elira Vasko, a convent head killed by army troops, on the day of her burial, August 3 (Mira Tal)",
             "    Crowds turn out for burial of senior nun killed by army troops",
             "    Last week’s killing of Sister Elira Vasko, head of the St Anna convent in Orsk, has deepened tensions between the ruling council and church leaders",
             "  • Aron Belic’s burial",
             "    Aron Belic’s burial stirs memories of earlier protests, and of a freer Tarvania",
             "    The burial of the veteran dissident drew a vast crowd of mourners, a rare open gathering since the generals seized power",
             "  • Crowded lanes around sites including central Velna’s covered bazaar and old bell tower are seen on January 9, even as fighting draws closer to the city (Tarvania Watch)",
             "    In Photos: Velna tipped as next objective of rebel fighters pushing the army out of the eastern hills",
             "    Trade in central Velna has carried on, even as tension mounts around the key frontier market town after allied militias captured the nearby Kilometre 80 customs post",
             "  • IN PICTURES: Deadly army airstrike devastates Hollen Valley village",
             "    DRAVOS, Hollen Valley – Teskar village, close to Tarvania’s frontier with Morland, was hit by a deadly army strike on Tuesday evening. At least 23 people, among them 9 children aged between a few months and 15, have been confirmed killed. The 40-household village, which had also been hosting some 80 displaced families in a camp, sits less than four miles south of the Dravos base of the Hollen Liberation Front (HLF), a rebel group that has be",
         ], appeals=[_TARVANIA_SUPPORT]),
    _doc("b94-plainsregister-traffic-top", "appeal", "top",
         "Invented; modelled on Western Standard (social connect line above a traffic-ranking story with a chart label, cut ending)", "en", [
             _PLAINS_CONNECT,
             "It’s official: the Plains Register is the No. 3 news site across the Northern Plains",
             "This won’t be the most impartial piece I’ve written for the Plains Register, so readers should keep in mind that I obviously have a stake in it, but I can’t help passing the news along.",
             "When we relaunched the Plains Register on February 9th, we expected about 8,000 monthly pageviews for March. We tossed that estimate almost immediately once it became clear that people wanted what we were publishing far more than we had imagined. By the end of our first full month (March), we had logged over 610,000 page views and 198,000 unique readers.",
             "We ran the figures against our rivals, and the outcome has my jaw resting on my desk: the Plains Register ranks third among all news sites across the four Northern Plains provinces.",
             "The Plains Register’s March pageviews (source: our site analytics)",
             "To get these figures, we used published pageview data for other large news sites, removed the bounce rate (visitors who leave right away), and compared the result with our own analytics.",
             "By this measure, the Plains Register logged 512,000 pageviews in March, behind only the Ridgeport Herald (944,000) and the Cedar Falls Journal (701,000).",
             "Right behind us were the Lakeview Free Press (489,000) and the Millbank Chronicle (476,000).",
             "That isn’t to say the numbers are airtight. Some big news sites couldn’t be compared (the public broadcaster, Metro Daily, NewsNow and the Eastport Times). In a few cases we asked rivals for their traffic figures, and every one of them declined. In the interest of openness, I’ve posted a screenshot of the Plains Register’s raw numbers here.",
             "Why, and How?",
             "Harder still than judging the numbers fairly is explaining fairly why the Plains Register took off so fast. But I’ll give it a shot.",
             "The founding team spotted a gap in the",
         ], appeals=[_PLAINS_CONNECT]),
    _doc("b94-oakridgecourier-pandemic-end", "appeal", "end",
         "Invented; modelled on Valdosta Daily Times (pandemic editorial ending in newsletter, text-alert and please-support lines with stripped links)", "en", [
             "The pandemic is still with us and isn’t leaving any time soon.",
             "In fact, the coronavirus is not just still around, it is hitting harder than ever, with more cases, more patients in hospital beds and more lives lost. Families are feeling it, watching people they love suffer. The outbreak has touched every one of us and brought challenges few of us ever imagined.",
             "We are well aware that the economy and local shops have taken a beating, too.",
             "When we urge people to mask up, keep their distance, skip crowds, wash their hands often and use sanitizer, we say it both to save lives and to help our economy recover.",
             "Nobody wants another shutdown, but if the virus keeps spreading, that is precisely where we are headed, and we worry that more people will be out of work, more shops will close and more families will struggle in real, painful ways.",
             "Masking, keeping apart, skipping big gatherings and shopping local do not conflict with one another. In truth, they go hand in hand. If we want the economy to bounce back, we have to do what it takes to slow the virus.",
             "We know local businesses are hurting. We are in the same boat.  We understand, and we have been candid that, like every other business in town, the newspaper has taken a serious hit. Even so, the Courier keeps working to bring you the newest updates every day.",
             "We have opened all of our pandemic coverage free of charge to every reader who visits",
             _OAKRIDGE_CLOSE,
         ], appeals=[_OAKRIDGE_CLOSE]),
    _doc("b94-commonsensedocket-campus-end", "appeal", "end",
         "Invented; modelled on Legal Insurrection (duplicated title, one-line campus quips, two-line tax-deductible donations footer)", "en", [
             "Compulsory Conformity Week on Campus",
             "Compulsory Conformity Week on Campus",
             "Your weekly roundup of college news.",
             "Diversity pledges are so beloved that professors must be ordered to sign them.",
             "At least one dean is honest about it.",
             "Well, that escalated fast.",
             "The president visits a college.",
             "Nobody wins here.",
             "Naturally.",
             "Who could have guessed…",
             "Completely bonkers.",
             _DOCKET_FOOTER,
         ], appeals=[_DOCKET_FOOTER]),
]


# --- Probe 74: negatives ------------------------------------------------------------------------

PROBE74_NEGATIVES = [
    _neg("b94-airwavesweekly-funddrives-neg",
         "Invented; modelled on Radio World (columnist urging listeners to give to community-radio pledge drives)", "en", [
             "Local Signal: Why This Season’s Station Fund Drives Deserve Your Ear",
             "Giving to your station is giving to your town",
             "This autumn, volunteer-run stations are asking listeners for help. Here is why they are worth it.",
             "All across the country right now, volunteer-powered stations are launching, or getting ready to launch, their on-air fund drives. If you have never heard one, a fund drive is a stretch of days when nonprofit stations, which by law cannot lean on commercial sponsors, turn their airtime over to raising the money that keeps the lights on, mostly from the people who listen. Listeners send in gifts they can write off at tax time, and the station puts them toward rent, transmitter bills, new shows and whatever comes next.",
             "As someone who has spent years listening to public airwaves, and who once ran a small station and its newsroom, I will admit that I adore fund drives and seek them out. Plenty of people grumble about the on-air asking. Yet almost nowhere else on the dial will you hear such heartfelt affection for a place as you do during one of these weeks, because listeners are handing over money they worked for in service of something larger than themselves. It is a deeply local story, and a deeply human one.",
             "If you catch these pitches on your hometown station and want to switch off, in your head or on the dial, please hang on a bit longer. You may stumble onto some real treasures this season. You will also remember why these stations matter so much.",
             "Comedy sketches have poked fun at them for decades, yet any longtime listener knows the fund drive is a ritual worth keeping. When I programmed a station, the kindness of callers moved me every single time. Listening to a small station’s fund drive is like listening to a town’s heartbeat. You’ll hear a local songwriter explain what the station has done for the music scene and how it gave them a place to be heard.",
         ]),
    _neg("b94-ain-newmembers-neg",
         "Invented; modelled on Institute for Nonprofit News (alliance welcoming new member newsrooms, cut mid-quote)", "en", [
             "Over a dozen long-running nonprofit newsrooms around the country can now tap dependable vote counts, back-office help and sector research as the newest members of the Alliance of Independent Newsrooms. Altogether, AIN has brought 17 news organizations into its ranks this year, most of which launched before 2020.",
             "The majority of these outlets cover local and regional news, now the quickest-growing slice of AIN’s membership — a pattern highlighted in the alliance’s annual Field Report. That matters in an election year and at a moment when many regional papers are cutting reporters and pulling back from whole counties. AIN members can use statewide and national vote tallies, along with ready-made charts, thanks to a newly announced partnership with the Northwind Press Agency, funded by the Beacon Media Fund.",
             "Most of the newly admitted newsrooms say they hope to deepen ties with readers and keep city halls and county boards honest. Several serve particular groups in their areas, such as renters facing eviction (Shelter Line) and Latino families in rural Kansas (the upcoming Prairie Voz). Others follow a single subject, digging into topics like pesticide use and farmworker safety (Harvest Watch). AIN also added an associate member, Local Solutions Lab, which trains reporters in solutions-focused coverage.",
             "AIN accepts applications on a rolling basis all year. Every applicant is reviewed by alliance staff to confirm it meets benchmarks for ethics, openness, independence and editorial quality, and is then voted in by senior journalists who sit on the AIN board.",
             "As members, the newsrooms can join AIN programs meant to help them build sustainable revenue and business plans that pay for solid reporting, team up on newsroom and business experiments, pool services, and support the varied leaders shaping what news looks like next.",
             "“In a year when we",
         ]),
    _neg("b94-pressrun-chainsales-neg",
         "Invented; modelled on Media Nation (media blog on chains selling papers, photo credit line, cut mid-word)", "en", [
             "Even as a handful of titles change hands, the big chains show no sign of retreating",
             "Tern Island, where The Harbor Gazette is back in local hands. Photo (cc) 2011 by Paula Brenner.",
             "Now and then I’ve pointed out the unusual cases in which Meridian Newspapers has sold one of its roughly 800 titles to local owners. Here in the state, for instance, The Harbor Gazette on Tern Island was bought last spring by a group led by its editor and a hardware-store owner.",
             "Lena Ortiz of the Newsroom Review asked Meridian for figures, and it appears the chain has sold 19 papers to local buyers. (Make sure you read the correction at the bottom. As you’ll notice, Meridian can’t even keep count of the papers it owns.)",
             "Don’t mistake any of this for generosity. Meridian will do what serves its balance sheet, and a few scattered weeklies don’t fit a plan built on regional clusters, dailies and articles shared among papers whether or not they have any local relevance.",
             "Only weeks ago, Meridian closed two weeklies north of the city — the Ashford Clarion and the Bell River Times. Perhaps no local buyer stepped forward. But those towns are also served by Meridian’s Valley Daily Press, so there was every reason not to give a possible rival a foothold.",
             "In a piece for the Local News Lab at Carver University, Tom Reilly wonders whether the investment firm Stonebridge Capital might unload some of the seven big-city dailies it picked up when it swallowed the Continental newspaper group last year. Anything could happen, I suppose, but that looked unlikely once hotel developer Gerald Fane’s bid for Continental fell through. Fane had wanted to split the chain up, beginning with The Eastport Courier, which he hoped to hand over to a nonprofit. Ultimately, though, Stonebridge’s bid won out, even though it came weighed down with hidden debt.",
             "Reilly also profiles The Lakeside Sentinel of Granton, one of the few papers that Sto",
         ]),
    _neg("b94-readertrustlab-contributions-neg",
         "Invented; modelled on Trusting News (one paragraph quoting another outlet's contributions pitch)", "en", [
             "When the pandemic hit, The Clearview started a reader-contribution program so that its reporting could stay free for everyone. In a piece introducing the effort, its editors laid out plainly how ad sales and the newsroom’s budget had shifted since the crisis began, and spelled out item by item how contributions would keep vital reporting going. “Everything The Clearview publishes is free to read — and we intend to keep it that way. Our parent company has several lines of business, but since The Clearview has no paywall or subscription, ads remain one of our biggest sources of income,” the piece said. The Clearview did this on its own, without help from Reader Trust Lab, but it reflects exactly what we encourage.",
         ]),
    _neg("b94-campuspressnetwork-studentpapers-neg",
         "Invented; modelled on The Contemporary Group (campus-press campaign story with byline and dateline)", "en", [
             "Keep Campus Presses Free effort puts a spotlight on student reporting",
             "by Lila Brennan",
             "PORTLAND, ME — Ana Ruiz spent her childhood hoping to one day write for the Lakeshore Current, the student paper at Lakeshore State University that runs free of university money and oversight. The Current, where Ruiz is now the news editor, cut ties with the campus back in the 1980s, after the editor of the day published a guide to birth-control services that administrators considered unlawful. Since that clash the university has kept its distance, and the Current has stood on its own.",
             "Yet the Current, like many other stand-alone student papers, is short on money. “A city paper can sell subscriptions, but on a campus nobody will pay for one,” Ruiz says. Ad sales around campus keep falling too, and — just as at other small-town papers with limited audiences — student papers have to compete with online ad giants.",
             "Independent papers have been hit harder than those that rely on funding from the schools where they are published. The Campus Press Freedom Project counts only 27 fully independent student papers nationwide. A growing number, like the Daily Beacon at Redfield College, have had to come back under their schools’ wing, giving up editorial freedom along the way.",
             "Ruiz, Dana Holt and Priya Menon, all editors at the Current, set out to change that. “We wanted to reach other student reporters,” Ruiz said. Through Instagram and group chats they pieced together a nationwide web of campus journalists and picked March 14 as their Keep Campus Presses Free day. Student newsrooms and working reporters everywhere joined in. They published editorials on why campus papers matter and drew coverage from national networks.",
         ]),
    _neg("b94-westburyherald-housefire-neg",
         "Invented; modelled on Northampton Chronicle & Echo (house-fire crowdfunding with totals, quotes and photo captions, cut mid-quote)", "en", [
             "Two online appeals have been launched for a family of five who have been 'left with nothing' after fire tore through their Kettleby home.",
             "The family's rented house in Orchard Lane, Hollins, caught fire shortly after 6pm on Saturday (January 15). Fire investigators are still working to establish how it started.",
             "Darren Pike, who lived next door to the family for four years, has launched an online fundraiser to support them.",
             "The house has since been sealed up and the family reportedly have 'nothing left'",
             "He said: \"They were the best neighbours you could ask for. One of their kids has a serious illness, so watching them go through this tears me apart.",
             "\"We just want to give them something to smile about this winter. We've raised a little so far but it's nowhere near enough, they have nothing now.",
             "\"I rang the family yesterday evening and told them we're doing all we can, they were in tears thanking me. I told them, 'no need to thank me, it's what anyone should do'. We're doing everything possible.",
             "\"It's really touched me, I never expected the neighbourhood to rally round like this.",
             "Little remains of the home after the blaze",
             "\"So many people have been getting in touch asking what they can do, and that touched me. People are still good, even in tough times.\"",
             "As of writing (Wednesday, January 19), Darren's fundraiser has collected almost £1,200 of its £2,500 target.",
             "Darren said he is also collecting donated items such as bedding, toys and kitchenware, and will take them to the family, who are moving into temporary housing on Thursday (January 20).",
             "The family's present neighbours Shauna Reid and Tomasz Nowak have also launched a second fundraiser on their behalf.",
             "They said: \"He [the father] was lost for words when we told him we were collecting money. He was close to tears. He's a very private and tough man. You can tell he's been fighting back tears whenever we see him",
         ]),
    _neg("b94-statemoneytracker-countyraising-neg",
         "Invented; modelled on Virginia Public Access Project (short data page on candidates' fundraising with a date line)", "en", [
             "Sitting This One Out",
             "Money Raised by Candidates for County Office",
             "Most county-level candidates who are not on the ballot this year raised no campaign money at all in the first six months of 2019.",
             "How much county candidates took in this year depended on a handful of things, including which seat they wanted.",
             "Average totals differed from one part of the state to another.",
             "The single largest factor was how many people lived in the county.",
             "Below are county candidates who collected $250 or more in the first six months of 2019.",
             "Oct. 9, 2019",
         ]),
    _neg("b94-riverbendtribune-paywalllift-neg",
         "Invented; modelled on La Crosse Tribune (newsroom note lifting the paywall for virus coverage)", "en", [
             "Each day in our newsroom, we chase one simple, overriding aim: Keep our readers informed.",
             "That’s the whole job. It’s what our reporters and editors set out to do at every turn, every single day. Report what is happening as fully and accurately as we can, so that the people of our region have the information that matters most in their daily lives.",
             "Right now, a great deal of that information concerns how COVID-19 is unfolding here at home, across the country and around the globe. We understand that good reporting can help people make choices and navigate the uncertainty that news like this brings.",
             "That means coverage of closures and postponed events, health consequences, how local officials are making their choices, and far more. We also want to respond to your questions and offer practical guidance on coping with how the virus is changing everyday routines.",
             "And given what this outbreak means for public health, we have taken down our paywall so everyone can read our virus coverage without limits.",
         ]),
    _neg("b94-faithfourthestate-ruralnewsletter-neg",
         "Invented; modelled on Religion Unplugged (report on an institute's newsletter launch ending in its own subscribe-here line)", "en", [
             "Harlow Institute Starts Rural-News Newsletter",
             "Newsletter editor Marisa Quinn said in the announcement introducing it that the goal of Rural Edition is to champion the vital work of small-town news by spotlighting better local products and tools while keeping watch on what's coming for the industry in rural communities.",
             "\"What I want is an ongoing conversation, week after week and month after month. My hope is that together we can figure out what's succeeding, what isn't and what needs to change from newsrooms up and from leadership down so that rural news can stay both sustainable and essential,\" Quinn wrote in her first post.",
             "The opening issue features Ravi Desai of the Plains Gazette and Julia Fenner of Prairie Public Radio talking about the anxiety running through the industry and why Desai and Fenner keep doing journalism anyway.",
             "Read the conversations with Desai and Fenner here.",
             "Quinn is asking the Harlow Institute's readers, many of them working reporters, for ideas to shape the discussions and interviews with newsroom staff and managers.",
             "Subscribe to the Harlow Institute's Rural Edition here",
             "Photo by Unsplash user Marta with a free-use license.",
         ]),
    _neg("b94-harbourdaily-anniversary-neg",
         "Invented; modelled on InDaily (news site's anniversary history, duplicated opening line, cut ending)", "en", [
             "Fifteen years ago this week, The Bay Chronicle's debut issue went to press – a daring step to give people across the Southern Coast a different voice in their news.",
             "Fifteen years ago this week, The Bay Chronicle's debut issue went to press – a daring step to give people across the Southern Coast a different voice in their news.",
             "That mission lives on today through Harbour Daily.",
             "We look back at that turbulent debut issue and speak with the people who at last ended Port Halden’s newspaper monopoly.",
             "In 1996, the Southern Coast was in upheaval.",
             "The collapse of the Coastal Building Society a year earlier was sweeping like a flood through the region’s economy and politics. Premier Alan Drury stepped down and, in another changing of the guard, the evening paper The Halden Star shut for good.",
             "Although it owed more to shifts in the media industry than to the slump, the Star’s closure left Port Halden with just one newspaper, at what was arguably among the most important moments in the region’s history.",
             "That monopoly lasted until March 4, 2009, when a group of local backers, headed by advertising man Martin Keele, set up Tidewater Media and did what many thought impossible in the city’s news market – they started a metropolitan paper.",
             "The Bay Chronicle was a full-size broadsheet, built to break news and to run commentary, sport and in-depth arts and culture pages.",
             "A year after its debut, it gave rise to an online edition named Harbour Daily. Five years after Harbour Daily went live, the company took the daring step of putting everything into digital news, ending the print edition while holding on to the paper’s independent streak.",
             "Today, we mark the first issue of The Bay Chronicle – a venture the media establishment was sure would fail.",
             "Martin Keele was an improbable press baron, in more ways than one.",
             "He was running a small advertising agency of his own and was trying",
         ]),
    _neg("b94-millfordcourier-holidaybaskets-neg",
         "Invented; modelled on New Albany Gazette (editorial on the paper's own charity drive with its donation form and thermometer)", "en", [
             "A week to make it count",
             "One week from today, thousands of pounds of groceries and gifts will go out to families in need through the Courier’s 29th annual Holiday Baskets drive.",
             "The orders are already in with our grocery partners, and gifts are being bought for 310 households that qualified this year. Last year 284 households were helped, but need has grown this time around.",
             "What worries us now is where the donation gauge on the Courier’s front page stands. To date the Courier has collected just $9,120 of its $24,000 goal.",
             "We trust that plenty of readers simply haven’t gotten to it yet. We know many of you tend to give at the eleventh hour, and we believe in our readers’ kindness.",
             "Still, a big wave of gifts, in cash and in toys, will be needed for this year’s drive to succeed. The holidays will arrive sooner than we think.",
             "Each edition of the Courier includes a donation form. You can send it in as a standard gift, or as a gift from you or your family honoring someone you know, or remembering someone who has passed. We publish the names and amounts in every edition. The latest gifts are always listed first. We hope that list grows very long before the holidays.",
             "And if you would rather give anonymously, simply tick the box on the form. We’ll respect that.",
             "If you are in a position to give, will you join the many who have already given and help make this year’s drive a success?",
         ]),
    _neg("b94-eastsidenotes-gala-neg",
         "Invented; modelled on Bronx Matters (blogger relaying another nonprofit outlet's anniversary gala and support plea)", "en", [
             "Help Harbor City Ledger Keep Up Its Vital Local Investigations! 30th Anniversary Benefit on Oct. 14.",
             "12 Sep",
             "Harbor City Ledger, which has dug into, exposed and explained the toughest problems facing tenants and neighborhoods in every district of the city, marks its 30th year with a big anniversary benefit on Friday, Oct. 14. Please take a look and pass it along to friends, coworkers, neighbors, your boss and anyone else who comes to mind. I contributed to the Ledger for years and was on staff for a while. I care about it even more today, because no other outlet digs into city problems as deeply as they do. The timing matters, with rents still climbing and pushing more families out of the blocks they have called home for generations. From my years running the nonprofit Eastside Bulletin I know that nonprofit newsrooms like the Ledger can’t live on ad money alone. The Ledger needs backing from everyone who reads it and finds it useful, sharp and important. That’s a lot of us. Let’s keep the Ledger going for 30 more years",
         ]),
]


BATCH94_DOCUMENTS = PROBE74_APPEALS + PROBE74_NEGATIVES
