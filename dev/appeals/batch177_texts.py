"""Batch 177: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

11 documents (2 appeal, 9 negative; EN): our own paraphrases of every document of the local-only
real probe 157 (11 documents). Each keeps the real page's structure: a reader-mode mirror of a
regional news site with hard-wrapped lines, glued "Keep reading"/date chrome and a "MORE STORIES FOR
YOU" strip; an anniversary page with a run of signed endorsement quotes cut mid-word; a foodbank
Christmas story cut mid-word; a trade-blog debate on cover prices cut mid-word; two telethon-total
reports (one with a byline glued to the outlet name) and a TV-industry telethon report with a
leading-space paragraph; an election-donations notice with a glued-cell timetable and a glued
party-totals list; an exile paper's print stop with a relayed appeal and a trailing space; a blog
essay on funding journalism ending in a trailing space; a weekend-magazine profile of a new portal.

What the gold marks: an editor's signed "dear reader" support-and-subscribe plea sitting in the
middle of the mirror's wrapped lines (starting after the recommendations strip and ending before
the next "FREE READ" teaser, spanning six wrapped lines); a one-line "support us and share the
stories, here are reasons" sentence between the anniversary paragraph and the endorsements (the
endorsements themselves stay text). Negatives keep what makes the real ones hard: a foodbank's
donation drive reported as news, newspaper price rises and sales, three charity telethons with
pledges and totals, weekly political-donation returns, another organisation's appeal to keep its
paper in print quoted at length, a blogger urging support for the press in general, a portal's
launch and its payments to citizen reporters.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text
as it stands, locates every gold appeal substring in it (asserted unique) and writes the fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 157: appeal documents ----------------------------------------------------------------

_VALLEYPULSE_PLEA = "\n".join([
    "OUR APPEAL _Dear reader, For five years now, we have changed the way the Upper Valleys are reported with our fearless, thorough and",
    "balanced journalism. Because of you, we have grown into the region's biggest independent news site across text, audio and video. We guard our independence closely and intend to",
    "keep it that way: it lets us report without fear, favour or hidden motives. But that independence has a price. Whether it is trekking to villages the roads never reach or paying",
    "our stringers a fair day's pay so they keep going, we put every rupee where it counts. We are asking you to help us stay independent, fair and accurate, because we simply cannot",
    "manage it alone. We want to prove that journalism serving ordinary people can survive without leaning on businesses or officials for money. We can manage without them; we",
    "cannot manage without you. Back independent reporting, subscribe to ValleyPulse. With gratitude, Sonam Rigzin Chief editor, valleypulse.example.org_",
])

_UNDERTOW_SUPPORT = "Back The Undertow and pass our stories on. Here are a few reasons why:"


PROBE157_APPEALS = [
    _doc("b177-valleypulse-dear-reader-plea-middle", "appeal", "middle",
         "Invented; modelled on EastMojo (reader-mode mirror with hard-wrapped lines, editor's support-and-subscribe plea between teasers)", "en", [
             "Community organiser Rekho Lamtang said unfair treatment reaches into every corner of Saralung life, from hamlets to market towns and from trained craftsmen to day labourers. Keep reading 5 hours",
             "agoMarch 14, 2025 Officials credited the result to close teamwork between the medical and social care departments, with Health Minister Dorjee Tamsang saying he was proud of the outcome. Keep",
             "reading March 11, 2025March 11, 2025 MORE STORIES FOR YOU " + _VALLEYPULSE_PLEA + " FREE READ The Council pointed to the March 2 attack",
             "at Lower Tashiding, called a “cowardly assault”, in which several attackers, although named in a police complaint lodged by the village board, have still not been arrested. At present in",
             "Saralung, just about 540 hectares, roughly 6% of the land under cultivation, has reached the picking stage, with output so far put at 142.75 metric tonnes of dried and fresh cardamom. The",
             "association voiced strong disappointment over how “partial facts were turned into headlines,” casting Lhamot",
         ], appeals=[_VALLEYPULSE_PLEA]),
    _doc("b177-undertow-third-birthday-endorsements-middle", "appeal", "middle",
         "Invented; modelled on The Shift News (anniversary page, one-line support-and-share sentence above signed endorsement quotes)", "en", [
             "Three years of holding power to account",
             "The messages of support The Undertow received to mark its third birthday show why our work matters. The Undertow picked a hard path – it is the sole news site in Saint Oren paid for by its readers. It is also the only one that accepts no money or ads from political parties or from the state. That keeps us independent, and it is why proving such a model can work matters so much in a country where the parties own most of the media.",
             _UNDERTOW_SUPPORT,
             "“We are honoured to back The Undertow in its brave commitment to investigative journalism in the public interest that other outlets in Saint Oren will not go near”.",
             "Helena Marsh, Europe Desk Lead, Press Freedom Watch",
             "“My father used to say that a person's principles are only really tested when they are pushed to the very edge. His killing proved that his nerve, his gifts and his need to set things right were greater than what his own body could survive.",
             "The moment to choose what sort of country we want has already passed us by: one where those who defend the values of our republic are murdered, or one where those willing to set our house alight for a little money are made to answer for it.",
             "We already know what the team behind The Undertow is made from: conviction, principle, and ordinary human frailty.",
             "It falls to every one of us to choose whether they will make it, to choose between living like brutes or bring the brutality of our country under control.",
             "To see whether we have learned a single thing.”",
             "Daniel Aquilina Ferro",
             "“From its first day, The Undertow has been a rare source of independent reporting and analysis in Saint Oren and an essential partner for international groups defending free speech there.”",
             "Miriam Kole, Campaigns and Policy Officer, Writers Without Walls",
             "“The Undertow takes on th",
         ], appeals=[_UNDERTOW_SUPPORT]),
]


# --- Probe 157: negatives -----------------------------------------------------------------------

PROBE157_NEGATIVES = [
    _neg("b177-ashcombetimes-foodbank-advent-tins-neg",
         "Invented; modelled on Times of Tunbridge Wells (local news on a foodbank's Christmas donation drive, cut mid-word)", "en", [
             "This week, Harvest Share Foodbank is starting its Winter Giving Appeal 2023. Aware that soaring bills are squeezing many families' budgets, the charity is asking residents simply to 'give what they can' to support neighbours facing food poverty over the holidays. Every year the foodbank sees demand jump over the festive season, yet so far it has collected only around 40% of the donations it normally receives, so it urgently needs more.",
             "The well-loved 'Advent Tins' scheme kicks off on 1 December, and in 2023 the foodbank is asking shoppers to pick up only what they can manage – as many as one item a day for the first 12 days of the month. The list covers staples such as canned vegetables, cereal, coffee, cleaning products and toiletries, as well as little festive extras, which mean a great deal to households that can't stretch to any treats. The complete list is on Facebook or Instagram @harvestsharefoodbank or at: harvestsharefoodbank.example.org",
             "Priya Hollis, Services Manager at Harvest Share, told the Times: “This winter is going to be harder than ever for more people in our town. We are determined that no one here goes without food, but this year more than any other we need a hand to make that possible. Everyone is watching their spending and I know money is tight right now, but if you can add one more packet of pasta or a box of mince pies to your trolley on your regular shop, it will mean the world to a family in trouble.”",
             "As in past years, the Lions Club's twinkling festive float, which you may have spotted at the Lights Switch-On, will carry Father Christmas around streets in Ashcombe Spa from December 9-16 and will collect food for Harvest Share. It is the fifth year the Lions have helped Father Christmas gather food, bringing in more than 12 tonnes over the past fo",
         ]),
    _neg("b177-presslineglobal-cover-prices-debate-neg",
         "Invented; modelled on WAN-IFRA World News Publishing Focus (trade-blog debate on cover-price rises with sales figures, cut mid-word)", "en", [
             "Is it time for papers to charge more?",
             "Against: Higher prices will drive readers away",
             "Earlier this week, readers across the north of England were furious after Harbourline Media titles the Castlebridge Post, the Fenwick Chronicle and the Tarnside Herald lifted their cover prices from 50p to 70p. It is the latest in a string of increases at regional papers, among them the Millford Courier, the Ashgrove Echo, the Dunmere Standard, the Lowther Times, the Kelby Advertiser and the Westvale Gazette.",
             "Even though the publisher promised that the “reasonable” rise would mean the Westvale Gazette “offers readers even more on every page from now on,” plenty of readers said they would stop buying it after it went from 90p to £1.30 in May, the Observer noted.",
             "“Everyone is struggling right now and this is just kicking people when they're down,” one reader posted on the Westvale Gazette's Facebook page. Others described the increase as “outrageous,” “greedy” and “the final straw” for the title.",
             "Such angry posts are not “empty threats,” the Observer's press columnist Martin Hale warned. He noted that when Harbourline raised the Castlebridge Post's weekday price from 50p to 70p in October, copies sold fell sharply: from 24,310 in August to 19,482 in January.",
             "Cheaper copies might help circulation. Regional Press Group's Kelby Evening News tested the idea last month by dropping its price from 48p to 25p for a single day. That day, 14 May, sales climbed 11 percent above normal, according to Newsroom Insider.",
             "“We are pleased with the boost we saw and will think about what it could mean for reaching part of the Kelby readership that is plainly very responsive to pri",
         ]),
    _neg("b177-coastalherald-sunrise-appeal-total-neg",
         "Invented; modelled on The West Australian (telethon total report listing pledges and donors, cut mid-sentence)", "en", [
             "Sunrise Appeal raises $18.4m",
             "The Sunrise Appeal broke every record to bring in $18,436,915 this year, taking the amount raised since its 1972 launch past $130 million tonight.",
             "Over the last 42 years, the state's best-loved charity broadcast has changed life for thousands of local children by raising funds for Harbourside Children's Hospital, the Sunrise Centre for Paediatric Research and around 45 other recipients.",
             "Locals dug deep over the 24-hour broadcast and easily beat last year's tally of $15,902,338.",
             "Gas magnate Lachlan Reeve and his wife Imogen promised to match every dollar given in the first four hours of the Appeal, through their Reeve Family Trust, which came to $900,000.",
             "Harbour Casino managing director Paul Denning doubled the group's opening $750,000 gift and entrepreneur Marcus Hale wrote a personal cheque for $400,000.",
             "Coastal Media chairman Graham Wilde gave $1.2 million on behalf of Wilde Holdings.",
             "The federal government donated $1.8 million and Premier Joanne Pike presented a cheque for $450,000 from the state government.",
             "Other large gifts included $1.2 million from local developer Simon Carver, who became the Appeal's newest million-dollar donor twelve months ago, and the Ashby Foundation, which contributed $1 million.",
             "The Sunrise Striders, set up by Dean and Laura Whitby in memory of their daughter Ruby, who died of leukaemia in 2010, has raised over $950,000 in the last twelve months.",
             "The Sunrise Gala raised $472,000 on Saturday evening, thanks in large part to Appeal children Mia Carter and Oliver Brandt.",
             "The pair designed a brooch, which was crafted by local jeweller Silver Lane and worn by singer Kirra Dawes at the gala, and it sold at auction for the Appeal for $38,000. Yesterday's sale of the Lakeview Sunrise Appeal",
         ]),
    _neg("b177-coastnow-sunrise-appeal-record-neg",
         "Invented; modelled on PerthNow (telethon record report, byline glued to the outlet name)", "en", [
             "Sunrise Appeal breaks giving record for children's hospital",
             "Bridget CallaghanCoastNow",
             "CLOSE to $16 million was promised for the Sunrise Appeal 2013, $2.5 million more than locals gave the charity in 2012.",
             "The tally of $15,902,338 was revealed shortly before 9.30pm, with every dollar going to the children's hospital and paediatric research.",
             "Last year, a record $13.38 million was given by generous locals.",
             "This year's record lifts the Appeal's total since 1972 to $111,902,338.",
             "Appeal director Karen Moss said she was overwhelmed by the sheer size of the total.",
             "\"With so many families doing it hard in this economy, what people gave this weekend shows how much they care about the state's favourite charity,\" she said.",
             "Last night's live link to rock star Bruce Kellerman, who is in town for two concerts at the Riverside Arena, matched a visiting crooner's legendary 1988 appearance, bringing big-name glamour to the country's most generous fundraising broadcast per head.",
             "Treasurer Wayne Hollis made the first gift to the Appeal last night with a $1.2 million pledge, then $1 million each from Harbour Casino, developer Simon Carver, former governor Ian Ashby and the Ashby Foundation, the Bayside Convention Centre and Coastal Media chairman Graham Wilde.",
             "Guests at Saturday night's Sunrise Gala raised $391,450.",
         ]),
    _neg("b177-screenledger-channeleight-appeal-neg",
         "Invented; modelled on TV Blackbox (TV-industry report on a telethon's total and corporate donations, cut mid-sentence)", "en", [
             "Channel Eight Riverland Appeal raises $9,874,320 for sick children",
             "For the fourth year running, the Channel Eight Appeal has tapped the big-hearted nature of Riverlanders for a cause close to everyone's heart – sick children.",
             " A remarkable final total of $9,874,320 was revealed to help the Kids' Health Trust support young patients by funding vital research, buying essential equipment and running patient and family support services.",
             "Generous gifts were announced by the Appeal's major partners, including the largest single donation ever made to the Kids' Health Trust: $4,812,066 raised by FreshMart staff and shoppers. Other big contributions came from Lucky Star Lotteries ($950,000), the Riverland Government ($900,000), Riverbank Credit Union ($214,000) and Bean Street Cafés ($180,000).",
             "The Riverland Clinic for Early Childhood and Parent Wellbeing, based at the Elm Grove cottages, also received a spectacular makeover. Thanks to local generosity, radio station River FM's Breakfast Crew and former reality-renovation contestants Tom and Sasha Liddell and Ravi and Nadia Khan have refitted the building and created a sensory garden. Over $341,920 worth of timber, plants, fittings and labour were generously given by local tradespeople and businesses to help improve the lives of Riverland children and their families.",
             "Business donations came from Golden Roost Poultry ($228,402), the Volunteer Rescue Calendar ($160,000), Crown Taverns ($158,250), the Meatworkers' Union ($149,600), ValueMart ($147,900), Starline Cinemas and Hotels ($122,318).",
             "Kids' Health Trust chief executive, Fiona Barlow, said the fourth annual Channel Eight Appeal had been an outstanding success.",
             "“Thank you to everyone in the Riverland for giving over $9.8 million to help sick children at this year's Channel Eight Appeal for the Kids",
         ]),
    _neg("b177-councilreview-party-donations-weekly-neg",
         "Invented; modelled on Local Government Chronicle (notice on weekly political-donation returns with glued-cell timetable and totals)", "en", [
             "Today sees the release of the first of five weekly statements listing gifts made to political parties during the regional assembly election campaign. Parties receiving gifts of more than£7,500 to their central offices between 9 March (when the vote was announced) and election day on 12 April must file a weekly donations return with the Independent Elections Board. The details are available on the board's site (",
             "The schedule for weekly statements over the rest of the campaign is set out below:",
             "PeriodReturn due byGifts will be published at 4pm on",
             "09 - 15 March 2009Monday 23 March 2009Wednesday 25 March 2009",
             "16 - 22 March2009Monday 30 March 2009Wednesday 1 April 2009",
             "23 - 29 March 2009Tuesday 7 April 2009Tuesday 7 April 2009",
             "30 March - 05 April 2009Monday 13 April 2009Wednesday 15 April 2009",
             "06 - 12 April 2009Friday 17 April 2009Monday 20 April 2009",
             "Gifts declared for the opening week are:",
             "Progressive Alliance [The]£287,400(11donations)",
             "Workers' Party [The]£142,815(6 donations)",
             "Centre Democrats£31,000(3 donations)",
             "Green Future - The Earth Coalition£18,500(2 donations)",
             "National Sovereignty Party£15,000(1 donation)",
             "1.The Party Funding and Elections Act 2001 (PFEA) obliges registered parties on the national register that have not lodged a Statement of Exemption to send weekly donation returns to the board throughout an assembly election campaign. These returns must list every gift above£75",
         ]),
    _neg("b177-exilevoice-camp-monthly-print-halt-neg",
         "Invented; modelled on APFA News (exile media report on a camp paper's print stop, its publisher's appeal to donors quoted)", "en", [
             "Camp monthly halts print run, seeks help (Media)",
             "Published on Oct 03 2009 // Top Stories",
             "Sundarpur, October 1: The Kestan Awaz (KA), a Nepali-language monthly read widely across the camps and put out by the Kestani Writers' Forum (KWF), has stopped printing paper copies since September because it could not find enough money.",
             "\"We tried everything we could to keep the paper going for months, but in the end we had no choice\", said Dil Maya Rai, the paper's editor.",
             "Rai said a number of groups, among them relief agencies active in the camps, exile associations and supporters, had been approached for help. But none of them responded to the request to keep the KA in print.",
             "Prem Gurung, a long-time member of the KWF, said that in the chaotic early days of the camps, the KA was vital in spreading news about Kestan, its displaced citizens and the issues affecting them.",
             "\"Now we are losing a regular paper that has reached so many readers in the camps\", Gurung said.",
             "In a circular released on Tuesday, the KWF has called on its supporters and relief agencies to help keep the paper alive.",
             "\"We call on Kestani friends living overseas, particularly in Australia and Canada, relief organisations, well-wishers in Nepal and all other donors to offer whatever help they can to print paper copies of the Kestan Awaz\", the KWF statement said. ",
             "The KWF said the eight-page black and white KA, first published on March 15, 2003, could resume its print run with",
         ]),
    _neg("b177-marcusridley-paying-for-the-press-neg",
         "Invented; modelled on Justin Foxton (personal blog essay urging support for the press in general, cut mid-sentence)", "en", [
             "Paying for the Press: Our Country's Safety Net",
             "“It might not seem so, but Zambara is in better shape than it was at this point in 2019 – and journalists did a great deal to get us here.” Thandi Mokoena: “Reporting through the years of looting” The Sentinel Weekly 12 September 2020",
             "I am deeply moved as I read the accounts of the insiders who exposed #HarbourFiles and the great looting scandal. A few of them addressed this week's Sentinel Live Press Forum in Port Avalon. The #HarbourFiles duo spoke publicly for the first time via a taped interview from a secret location abroad, their faces hidden and voices altered to keep them safe. Former Meridian Logistics chief Naledi Dube appeared alongside the national power utility's ex-head of governance, Farida Moosa. These (extra)ordinary people – along with many others – put their lives and livelihoods at risk to keep Zambara from collapse. Then come the reporters and editors who work alongside the insiders to bring what they know into the open. That, too, is hard and dangerous work. Without their craft and courage none of it would ever surface.",
             "I am moved by what these people do because – while I enjoy all the good things life in Zambara offers – others are risking everything so that I can keep doing so. They have been prepared to give up their home here – and even their own safety – for the rest of us. What sort of person is ready to sacrifice everything for their nation and their fellow citizens?",
             "At the Sentinel Forum, radio host Peter Nkosi chaired a panel with some of the nation's leading media thinkers; Lerato Sithole, head of the Editors' Guild, Brian Mwale, editor of the Daily Courier, Ayesha Patel, editor at NewsNow, and Joseph Banda from the Open Ledger investigative unit. All of them agreed that an independent press matters as much as it ever has and that organisations such ",
         ]),
    _neg("b177-nationalchronicle-valleypulse-launch-profile-neg",
         "Invented; modelled on Hindustan Times Brunch (weekend-magazine profile of a new regional portal paying citizen reporters, cut mid-sentence)", "en", [
             "What happens when 35 schoolchildren die in a dormitory fire in a far-flung hill town of Saralung, and not one newspaper or TV channel reports it? Or think back to the two young men beaten to death by a crowd in the Dhanpur district of Ranglong last July, wrongly taken for kidnappers because of a false rumour passed around on WhatsApp. Add the endless text-message and email frauds and you end up with a lot of trusting people in the distant Upper Valleys states being caught again and again by made-up news.",
             "Fighting back",
             "Set up to carry stories from the neglected Upper Valleys to the wider nation and beyond, the ValleyPulse news site, which went live in September this year, is like a breath of fresh air for the region.",
             "Besides reporting and fact-checking stories in and about the region, ValleyPulse has recently partnered with the Lantern Trust, an NGO run by social entrepreneur Mireille Kharlang, to launch a drive that will train citizen journalists across the Upper Valleys to counter false news.",
             "Veteran journalist Sonam Rigzin is the chief editor of ValleyPulse",
             "“We will begin teaching citizen reporters in the most remote towns and villages of the Upper Valleys to shoot news clips. They will send these to our correspondents – in the state capitals of Tenzang, Ranglong and the like – over WhatsApp, who will check them and pass them on to us,” says Sonam Rigsin, the site's chief editor and a journalist with 20 years at leading national newsrooms.",
             "And, as a reward these citizen reporters will receive between Rs 150 and Rs 400 for each clip depending on it's quality. Sonam says ValleyPulse has a modern video editing suite and they are concentrating on video journalism",
         ]),
]


BATCH177_DOCUMENTS = PROBE157_APPEALS + PROBE157_NEGATIVES
