"""Batch 167: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

20 documents (9 appeal, 11 negative; all EN): our own paraphrases of every document of the local-only
real probe 147 (20 documents, US local and alternative press). Each keeps the real page's structure
(a dateline over a publisher's pandemic column cut mid-sentence, an editor's column with its signed
sign-off, a storm letter signed "The Editor" with a two-line send-off, an editor's conference report
cut mid-word, a launch essay with kicker, headline, dek and section subheads cut mid-word, a growth
series announcement with reader questions, a holiday letter from a new editor cut mid-word, an
editor's-blog farewell with a single very long paragraph, press-release and Q&A layouts with
published/modified stamps, a farewell column, a charity-walk brief ending in "visit", a reprinted
charity feature, a business-gossip item, a birthday note with a byline at the foot, and a community
plea ending in a stray "/blockquote>" tag) and exactly what the real gold marks: a subscribe sentence
with its URL inside a paragraph about the daily newsletter (the sentences around it stay text); a
four-line top block (newsletter sign-up, a "Stay cool. Support" line, a one-time-donation-or-club
paragraph) plus the same club paragraph repeated at the end (differing from the first by one space,
so that each gold string is unique); a four-line end block asking for support with a home-delivery
subscription line; a become-a-member sentence at the end of a paragraph and a "for 40 years ... we
need YOUR help" block cut mid-word; the last sentence of a paragraph plus the cut paragraph
unveiling a reader-funded watchdog programme; a parenthetical "(support us here)"-style link inside a
sentence; a six-line local-news-fund donation block with its tax note; three gift-subscription
paragraphs of a holiday letter (the third cut mid-word); a thank-you-and-keep-supporting title line
of an editor's blog post. Negatives keep what makes the real ones hard: an outlet's anniversary
editorial, a digital newspaper's first-birthday column mentioning subscribers, campaign fundraising
totals of senate candidates, a press release launching another subscription-only site with its
address, a free weekly's farewell citing advertisers and circulation, a charity walk with a
fundraising goal and registration, a reader Q&A mentioning a past donation drive, a charity's
donation campaign with its URL, a rival paper's one-dollar subscription offer reported as news, a
site's birthday note, and a relayed plea for donations to a family after a house fire.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it
stands, every gold appeal substring is located in it (asserted unique) and the batch is written out
as an unseen fixture file.
"""


from whole_documents import _doc, _neg


# --- Probe 147: appeal documents ----------------------------------------------------------------

_DELTALEDGER_SUB = "Not on the list yet? Sign up at https://www.deltaledger.example.org/signup/."

_HARBORTOWN_TOP = "\n".join([
    "Our neighborhood reporters spend their days out in the streets, chasing the stories that count most in Port Wexley and the surrounding islands.",
    "Get their work every single day when you join our free morning email, which lands the freshest hometown headlines in your mailbox before breakfast.",
    "Keep calm. Back the Harbor Sheet.",
    "The Harbor Sheet has been serving up the sharpest local reporting, dining, culture, live music and weekend listings to the Tide City since 2003. Help us keep shining a light on Port Wexley with a single gift or join the Harbor Sheet Crew.",
])

_HARBORTOWN_END = (
    "The Harbor Sheet has been serving up the sharpest local reporting, dining, culture, live music and "
    "weekend listings to the Tide City  since 2003. Help us keep shining a light on Port Wexley with a "
    "single gift or join the Harbor Sheet Crew."
)

_PRAIRIECAPITAL_END = "\n".join([
    "Prairie Capital Times has brought its readers independent reporting for close to four decades, covering everything from city hall and the statehouse to galleries and stages.",
    "Today, more than at any point before, we are counting on you to help us keep delivering honest local news that anyone can read without paying a cent.",
    "Friends of the paper can also have it dropped at their door each week, a little extra convenience on us.",
    "Tap here to sign up for delivery, or just show Prairie Capital Times some love.",
])

_BAYOUBEAT_MEMBER = "And should you want to chip in for the reporting we do, we'd love for you to join the Bayou Beat family as a member."

_BAYOUBEAT_END = (
    "For 38 years Bayou Beat has covered the town we adore, kept you plugged into Port Lafitte, and "
    "dug into the stories Port Lafitte folks care about—never charging you a dime. We're counting on YOU "
    "to help us keep go"
)

_SAWTOOTH_WATCHDOGS = "\n".join([
    "Work like this doesn't come cheap--it eats up hours and dollars, and we never have enough of either.",
    "So we're using this moment to launch the Sawtooth Sentinels. If this week's cover story is the sort of thing you want more of, you can now give straight to the reporting fu",
])

_ROOTED_SUPPORT = "(chip in to help here)"

_MILLBROOK_FUND = "\n".join([
    "The Millbrook Courier is asking for your help to take on this big undertaking. We have teamed up with the 2023 Hometown Reporting Fund, run by the Press Futures Trust, to gather contributions that will cover part of the salaries for the reporters on this series.",
    "For more than 110 years, the Millbrook Courier has chronicled life in this valley, and we owe a great deal to the faithful subscribers and local businesses who have made that work possible.",
    "Now there is one more way you can stand behind hometown journalism: the 2023 Hometown Reporting Fund.",
    "Follow this link to make a gift that you can deduct from your taxes.",
    "We are grateful you read the Millbrook Courier, and we thank you for sticking with us.",
    "The 2023 Hometown Reporting Fund is run by the Press Futures Trust (PFT), a 501(c)(3) nonprofit connected to the Community Newspaper Alliance. It exists so that independent and locally owned newsrooms can ask their neighbors for deductible gifts to pay for reporting on pressing hometown problems. Gifts to the fund may be deducted as far as federal law allows; talk with your tax preparer for specifics.",
])

_TUCKAHOE_GIFT = (
    "If there's someone on your list who already seems to have everything, a year of news and ideas "
    "rarely misses. And as you're renewing your own subscription or picking out presents, we hope "
    "you'll think about wrapping up some hometown reporting too."
)

_TUCKAHOE_FAMILIES = (
    "Parents with little ones, please think about picking up an online or print subscription, or "
    "installing the Tuckahoe Clarion app on your phone. Few things beat curling up on the couch with "
    "your kids and paging through the cheerful stories from our towns in full color. The paper is full "
    "of small lessons for beginning readers, and teenagers can use it to start making sense of the "
    "wider world as well."
)

_TUCKAHOE_SENIORS = (
    "For longtime readers and retirees, this is the perfect moment to renew the Tuckahoe Clarion, or to "
    "hand a subscription to someone you love. I'll keep the pitch short: the folks who report and edit "
    "this paper are your neighbors, and they care a great deal about Tuckahoe County. The same goes for "
    "our ad team. Our little staff is spread across the county, from Millbrook Landing to Oyster Point "
    "to Halstead to Cedar Ha"
)

_OWYHEE_TITLE = "Thanks for standing behind us, and please keep standing behind your hometown paper"


PROBE147_APPEALS = [
    _doc("b167-deltaledger-remote-newsroom-middle", "appeal", "middle",
         "Invented; modelled on Jackson Free Press (dated publisher's column, subscribe sentence with URL mid-paragraph, cut ending)", "en", [
             "Tuesday, March 24, 2020",
             "Hard to think that barely two weeks before I sat down to write this, we were still referring to this edition as \"the crawfish festival issue.\" Then everything flipped overnight, and the Delta Ledger crew has worked flat out to get you every fresh development on the coronavirus as it happens here in Magnolia City and across the region, along with the safety guidance you need.",
             "Since the end of last week, our reporters and editors have been working from their kitchens; from Thursday on, nearly all of us will keep clear of the newsroom apart from the odd necessary visit. We've moved as much of our work online as we possibly could, and the crew has handled it beautifully while building up a deep library of outbreak reporting at dledger.example.org/virus.",
             "Our main phone numbers and extensions still work (hats off to RingRelay for routing the calls!) and of course you can find us online too.",
             "About online, then: we're refreshing deltaledger.example.org several times a day and mailing out the Ledger Morning every weekday. " + _DELTALEDGER_SUB + " We'll also push out breaking virus bulletins whenever the situation calls for it, Saturdays and Sundays included.",
             "Our commitment to covering this town hasn't budged, even if it now involves tuning in to more live-streamed briefings and working from home so we don't pass anything along and can help slow the spread.",
             "What has changed is nearly everything else—concerts, bars, dining rooms, shows, church suppers, shopping and a whole lot more. Over the past seven days we've watched markets tumble, and it has sunk in that each day folks are told to stay home is one more day that cafés take in nothing, bartenders take in nothing, vendors take in nothing—even the publications where they buy their ads take in nothing.",
             "That could hit our local economy very hard. So how do we respond? I'd ask you to buy from local shops whenever you safely can. Check dledger.example.org/virus for",
         ], appeals=[_DELTALEDGER_SUB]),
    _doc("b167-harborsheet-projection-deal-top-end", "appeal", "top+end",
         "Invented; modelled on Charleston City Paper (newsletter-and-donation block at the top, club paragraph repeated after a one-paragraph story)", "en", [
             _HARBORTOWN_TOP,
             "A group of the country's biggest bowling-alley operators is expected to unveil, within the next ten days, a financing package of more than $600 million with three equipment makers to fit upward of 9,000 lanes across the country with automated scoring and lighting systems over the coming four years.",
             _HARBORTOWN_END,
         ], appeals=[_HARBORTOWN_TOP, _HARBORTOWN_END]),
    _doc("b167-prairiecapitaltimes-reopening-end", "appeal", "end",
         "Invented; modelled on Illinois Times (editor's column with signed sign-off, four-line support and delivery block at the end)", "en", [
             "Now that life is slowly opening back up, we're choosier about which gatherings we show up for, how much we go out, and where our hours go. Shop owners, relieved to still be standing, are trying out new and braver ways of running things. Organizers, newly energized, are collecting plans for what comes next. The statehouse is stirring. The Lindenfield that emerges might just be an improvement on the old one. – Rosalind Achterberg, editor and publisher",
             _PRAIRIECAPITAL_END,
         ], appeals=[_PRAIRIECAPITAL_END]),
    _doc("b167-bayoubeat-hurricane-marisol-middle-end", "appeal", "middle+end",
         "Invented; modelled on Gambit (storm letter from the editor, member sentence mid-paragraph, cut support block after the signature)", "en", [
             "Putting out a newspaper is a fussy business even when the sun is shining, and getting an actual printed edition onto the racks is fussier still. Between chasing stories, writing, editing, selling ads, designing pages, pasting them up, printing and hauling bundles around town, it is … well, without bragging too much, a heroic job we pull off every single week.",
             "Hurricane Marisol has turned all of our lives upside down and looks set to keep doing so for weeks, given the damage to the power grid. Because of that, our Readers' Picks issue that was supposed to land on the streets this week will wait until the town is standing again and we actually feel like throwing a party. With so many residents still scattered across the region and everyone who stayed sitting in the dark, we also won't be printing an edition next week.",
             "Luckily, somebody invented the web, which gives Bayou Beat a way to keep putting urgent news and fresh updates in front of you, the folks who read us. Our newsroom has pivoted completely to covering not just the storm's damage and the cleanup, but also how everyday life in this town we adore keeps rolling along in spite of whatever Marisol hurled our way.",
             "We won't trot out a certain overused \"comeback\" word that our old editor and pal Darlene \"Semicolon Queen\" Thibodeaux can't stand to see attached to Port Lafitte. Let's just say we aren't done yet: Port Lafitte has weathered much worse, and this town will spring back quicker than a second-line parade turning the corner!",
             "For now, if you need assistance — or if you're able to give to the people doing the helping — we've put together a roundup of groups working on the ground. " + _BAYOUBEAT_MEMBER,
             "As our late copy chief liked to say at the end of every long night ...",
             "Stay dry, stay kind, stay loud!",
             "The Editor",
             _BAYOUBEAT_END,
         ], appeals=[_BAYOUBEAT_MEMBER, _BAYOUBEAT_END]),
    _doc("b167-sawtoothweekly-sentinels-end", "appeal", "end",
         "Invented; modelled on Boise Weekly (editor's conference column, cut reader-funded watchdog paragraph at the end)", "en", [
             "My ears are still ringing (and my sinuses still angry) after 19 hours of flights and three days in the over-chilled ballrooms of a Phoenix convention hotel--but my head is buzzing with plans. Along with Sawtooth Weekly Publisher Marta Lindgren and Sales Director Owen Pratt, I was in the Valley of the Sun for the yearly gathering of the Independent Weeklies Guild. We swapped war stories with fellow reporters and sat through pitches from news software sellers, then grumbled together about the trade.",
             "Anybody who follows the news business even a little knows the ground keeps shifting under us. The unofficial slogan of the gathering might as well have been: \"How on Earth Do We Make Money Online?\"",
             "Vendors are lining up with endless tools and schemes to help independent papers steer through the online rapids, but once the other editors and I had the room to ourselves, every one of us confessed what will really rescue this business: stories so gripping they grab you by the collar.",
             "And that's exactly what you'll get this week from a remarkable investigation by Senior Reporter Dana Whitcombe, who cut through layers of red tape to tell the painful story of a Snake River family that has spent 18 months asking what happened to their 22-year-old son, a Navy mechanic found dead from a single gunshot in a barracks stairwell at a base in Bahrain. Despite dozens of letters and calls, the family has heard nothing back from officials.",
             "Regular news readers may have caught the outline of this case a few weeks ago, when a wire service picked it up; but SW has spent six weeks tracking down witnesses, and now we're laying out the full picture.",
             "This is the sort of deep digging that only papers like SW ever take on. " + _SAWTOOTH_WATCHDOGS.split("\n")[0],
             _SAWTOOTH_WATCHDOGS.split("\n")[1],
         ], appeals=[_SAWTOOTH_WATCHDOGS]),
    _doc("b167-rootednews-launch-letter-middle", "appeal", "middle",
         "Invented; modelled on Capital B (launch essay with kicker, headline, dek, subheads, parenthetical support link mid-sentence, cut ending)", "en", [
             "Inside Rooted News",
             "Why Now Is the Moment for Rooted News",
             "We're carrying forward the legacy of the Black-owned press for readers who deserve far more.",
             "Hello, and welcome to Rooted News.",
             "We're thrilled to open the doors on our nationwide site along with our first city site, Rooted Memphis, and to see our ambitious plan take shape: delivering deep, original journalism to Black communities nationwide.",
             "Over on Rooted Memphis, you can read about Orange Mound Heights, a fast-changing neighborhood where a handful of longtime Black landowners are locked in a drawn-out fight with the county over a road project, including fresh reporting on the dispute. There are also useful how-to guides meant to answer the everyday questions our readers ask — such as where to get free flu shots around Shelby County.",
             "On the national site, dig into our story on how decades of budget cuts have gutted college programs behind bars, and what that means for Black families back home; or this look at the new generation of Black fire chiefs appointed in big cities over the past three years.",
             "What's up today is only a first bite of what's coming as we keep bringing on journalists (see our open jobs) and grow our capacity " + _ROOTED_SUPPORT + ".",
             "We still have plenty of growing ahead, but we're overjoyed to have brought on a founding crew whose backgrounds, viewpoints, and voices are already shaping Rooted News's journalism and its culture.",
             "Before there was any crew, though, there were just the two of us — Imani and Danielle. We'd like to use this space to tell our new readers why we chose to build a newsroom from nothing. To make sense of Rooted News — why we launched it at this moment, why we settled on this mission, and why we chose this way of paying for it — a bit of history helps.",
             "A Pressing Moment for Black Communities",
             "We first met in the spring of 2011 as young editors at a scrappy online Black culture magazine called The Stoop. That's where our friendship began. And it's where we figu",
         ], appeals=[_ROOTED_SUPPORT]),
    _doc("b167-millbrookcourier-growing-town-end", "appeal", "end",
         "Invented; modelled on Johnson City Press (series announcement with reader questions, six-line local-news-fund donation block with tax note at the end)", "en", [
             "Millbrook has added residents faster than any other town in the Cedar Valley, and planners at city hall expect the boom to keep going for years.",
             "Is the town prepared?",
             "Will our streets cope with the extra cars? Are there enough homes for newcomers and enough desks in our schools?",
             "Can the water and sewer system take on thousands more customers? Do our parks and clinics measure up?",
             "Those are some of the questions the Millbrook Courier will tackle in an in-depth reporting project we've named Bursting at the Seams.",
             "Over the next several weeks, we'll dig into every corner of this story so you have what you need to know as the town works through the challenge.",
             *_MILLBROOK_FUND.split("\n"),
         ], appeals=[_MILLBROOK_FUND]),
    _doc("b167-tuckahoeclarion-holiday-letter-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Cecil Whig (new editor's holiday letter, three gift-subscription paragraphs, cut mid-word at the end)", "en", [
             "The year is winding down, and I'm sure you're all busy drawing up gift lists and double-checking them.",
             _TUCKAHOE_GIFT,
             "I arrived here just after the Fourth of July, and this is my first holiday season in Tuckahoe County. I'm eager to get out and meet more of you in the new year. So far I've met far too few of you — most of my days have been spent alongside the hard-working crew here and at our sister papers down the bay.",
             "Even so, not a day goes by without a shop owner, a potter or a dairy farmer telling me how much you value the Clarion. We hear from every back road of the county, and from just down the street in Millbrook Landing.",
             "We're grateful for how much you give to your towns and how closely you follow what happens around you. I love buying from the stores on our own main streets, and I suspect you feel the same way.",
             "Keep sending us your letters, new-baby notices, engagement pictures, milestone birthdays, class reunions, vacation snapshots and whatever else is on your mind. That's exactly what our Thursday Hometown page is there for.",
             _TUCKAHOE_FAMILIES,
             _TUCKAHOE_SENIORS,
         ], appeals=[_TUCKAHOE_GIFT, _TUCKAHOE_FAMILIES, _TUCKAHOE_SENIORS]),
    _doc("b167-owyheeridgenews-editors-farewell-top", "appeal", "top",
         "Invented; modelled on Kuna Melba News (editor's blog: date, support-your-paper title line, one very long cut paragraph)", "en", [
             "Thursday, June 14, 2012",
             _OWYHEE_TITLE,
             "There's an old saying that a whole community pitches in to bring up a kid. I happen to believe a whole community pitches in to get a newspaper out the door, too. For almost seven years now, I have thought of myself as the \"keeper\" of this paper rather than its owner. My view has always been that the Owyhee Ridge News really \"belongs\" to the people of this town, and that my job was mostly to sort and arrange what they handed us. Week after week, the Owyhee Ridge News gets more reader contributions than any paper I've ever worked for and more than nearly any paper I've ever picked up. Week after week, our pages overflow with the news items, letters and snapshots you mail and email to us. I count it a real privilege that folks still want to see themselves in print at a time when everyone has a phone full of social media. Since this is my last Notes from the Editor column as editor of the Owyhee Ridge News, I want to spend it saying thank you to the people who keep this paper alive. My first thanks go to our advertisers. They hand over money they worked hard for every single month to put their name in these pages. That money is what pays the bills and gets the paper printed every week. I know plenty of our advertisers are convinced that an ad in the Owyhee Ridge News brings customers through their doors, that it puts their name in front of the neighbors who count the most. But I also know and value that some of them are quietly \"backing\" the Owyhee Ridge News, because they understand how much it matters for a town to have a sturdy, independent paper of its own. As residents, you ought to back them right back. Then I want to thank the readers who were already getting the paper when we took over the Owyhee Ridge News on Oct. 2, 2005. You, too, believed a sturdy, independent paper mattered, and you showed it by sending in your renewal year after year. Without you, we could never have purchased the Owyhee Ridge News to begin with. After that, my thanks go",
         ], appeals=[_OWYHEE_TITLE]),
]


# --- Probe 147: negative documents --------------------------------------------------------------

PROBE147_NEGATIVES = [
    _neg("b167-riverbendundercurrent-12-years-neg",
         "Invented; modelled on Columbus Underground (outlet's own anniversary editorial, cut mid-word)", "en", [
             "Editorial: Riverbend Undercurrent Turns 12",
             "At some point between the fall of 2004 and the spring of 2005, Riverbend Undercurrent went live. Nobody remembers the exact date, partly because it was ages ago, and partly because none of us were writing much down in those scrappy first weeks and months. Riverbend Undercurrent started out as barely more than a hobby for a few friends, but it has slowly grown into one of the region's most-read digital news sources, and it is still among the very few independent, locally owned news voices left in town.",
             "We like to say that years on the web pass the way years do for a housecat. By that math, Riverbend Undercurrent is really something like 64 instead of 12. Think about what going online meant back in 2004 and 2005: it was a whole other planet. Smartphones were still a rumor, and the big social networks were either brand new or not invented yet. Nobody was posting restaurant reviews from their phone. People were still burning mixtapes onto CDs.",
             "Around town, there were very few places online in 2004 that spoke to younger readers who cared about the revival of downtown Riverbend. If you were hunting for a new place to eat, you had a couple of clunky directory sites, and whatever you found there was usually a season behind. Most of the area's news outlets treated the web as a chore that came well after the printed paper.",
             "We started Riverbend Undercurrent hoping to plug that hole online, and to offer something fresh, curious, and useful for people who wanted the inside scoop on independent kitchens, local painters and bands, block-by-block neighborhood debates, and other subjects that rarely made i",
         ]),
    _neg("b167-piedmontpress-first-birthday-neg",
         "Invented; modelled on The Augusta Press (first-anniversary column with date and editor's note, mentions meeting a subscriber, cut ending)", "en", [
             "Column: Happy first birthday, Piedmont Press!",
             "Date: February 7, 2023",
             "Editor's note: Features editor Lorraine T. Okafor looks back on a year of The Piedmont Press",
             "I can hardly believe a whole year has passed since The Piedmont Press first went online. We've done a remarkable amount in only twelve months.",
             "Feb. 7, 2022 was a big day for everyone at The Piedmont Press. On that morning I walked into something that felt brand new and completely familiar all at once.",
             "As a features writer, I began profiling neighbors, charities and small shops around our region. Plenty of health rules were still in place, so there weren't many concerts or festivals to cover.",
             "That kind of writing was second nature to me. I'd been doing it for nearly three decades at places such as The Riverside Ledger, Piedmont Living, The Mill Village Weekly and Laurel County Monthly.",
             "What was new was the idea of a hometown newspaper that lived only online",
             "For the first several months, I spent most conversations telling people who we were and got a lot of puzzled looks, which usually turned into warm reactions once they'd listened. Folks told me the region was hungry for real community news, and they were glad to hear it was coming.",
             "I'll confess I was a bit stunned the first time I ran into someone I didn't need to introduce us to, because she already paid for the site. I fired off a text to Ray Whitlock, our publisher, right away. I met a reader who pays us. I probably tacked on a row of exclamation marks. That's a running gag between Gwen Albright, our top editor, and me. Our style guide frowns on that punctuation mark, and we strip it out whenever a writer sneaks one in. (Shh: Gwen wrote this headline and slipped that pesky mark in herself.)",
             "Across the past twelve months, we've delivered solid hometown journalism including deep reporting on the county commission chair's troubles over spending from the Youth Futures grant. We sent public records requests again and again to learn more about t",
         ]),
    _neg("b167-halereport-senate-q2-money-neg",
         "Invented; modelled on Ellis Insight (campaign-finance analysis with byline and date, senators' fundraising totals, cut ending)", "en", [
             "Senate Hopefuls' Second-Quarter Money Reports",
             "By Warren Hale — Monday, July 24, 2023",
             "Money Trail: Reading the Numbers — The Ballot Ledger site pulled together the freshly filed second-quarter campaign finance summaries sent to federal regulators for every Senate seat on the ballot next year, and once more the reports reveal plenty.",
             "One of the first things observers look for is whether a senator's quarterly haul hints at a coming exit. One figure from the 2024 class jumps out as a likely signal.",
             "Sen. Cornelius Bradbury (D) of the Eastern Shore district, who has held one public office or another without a break since 1971 when you add up his years in the state legislature, the U.S. House, and the Senate, brought in a mere $22,000 during the quarter. He does still sit on roughly $900,000 in his campaign fund. Bradbury, who would turn 83 before next November and says he will reveal his plans for next year soon, now looks very likely to step aside.",
             "Next door, Sen. Eleanor Vance (D) is also being talked about as a possible retiree. She collected just $168,000 during the quarter and holds a little over $550,000 in cash. For a small state that votes statewide, that balance is hardly alarming. Even so, at 79 on Election Day and after 45 unbroken years in public office, stepping down is clearly on the table.",
             "Sen. Gordon Ashworth (R) hasn't been an eager fundraiser either, pulling in only $97,000 over the three months. His $580,000 in reserves is modest as well, but Ashworth can bring in large sums quickly when he wants to, and he has already registered a reelection committee with regulators. He says he'll settle whether to run again \"sometime this summer.\"",
             "One senator keeping everyone guessing about next year is Nevada's Marisa Calloway, who quit her party last winter to sit as an unaffiliated member. Some observers thought there was a",
         ]),
    _neg("b167-ridgeviews-pinnacle-launch-neg",
         "Invented; modelled on KnoxViews (blog post with date and time, press release announcing another subscription-only site and its address, cut ending)", "en", [
             "Sep 3 2019",
             "3:47 pm",
             "Announcement...",
             "Riverton's new members-only news site launches in October",
             "Greetings, Riverton! Here's an announcement straight to you from the two of us, longtime reporters and curious fixtures around town Dale Hargrove and Priya Menon-Castle.",
             "We're excited to present The Pinnacle, our new site and email briefing devoted to city hall, the county commission, elections and the local economy. The Pinnacle will concentrate on Riverton and Ashe County, digging into the questions and forces that are remaking this place. Our aim is to explain the shifts reshaping the town we both call home.",
             "Find out more and sign up at pinnacle-riverton.example.com. Our first stories arrive Oct. 1.",
             "Between us we have many years in this trade.",
             "Dale covered city and county government and later ran the opinion pages at the Riverton Daily Herald for 21 years. He reported at length on the 2011 land-swap scandal, and he helped lead the paper's winning fight to make officials obey open-meetings rules.",
             "Priya also spent years at the Daily Herald, edited the alt-weekly Ridge Current, and worked as a copy editor at a big national paper. For the past five years she handled public affairs for Mayor Thomas Ybarra at the City of Riverton. (She will hand off coverage of city hall to Dale, who will also steer our reporting on the 2020 mayoral race.)",
             "\"While I worked for the City,\" Priya says, \"I had a front-row seat as our newsrooms shrank fast. Riverton and Ashe County keep growing and shifting, and hardly anyone is still around to explain what's going on. I believe people are hungry to understand what's happening here and why. We intend to close those gaps.\"",
             "The Pinnacle will only be available to paying members. Members can read every story on www.pinnacle-riverton.example.com and get an email briefing each weekday rounding up the latest. Tuesday editions will carry a long feature and other news",
         ]),
    _neg("b167-sullivanshopper-farewell-neg",
         "Invented; modelled on Johnson City News & Neighbor (publisher's farewell column on closing a free weekly, advertisers and circulation, cut mid-word)", "en", [
             "What a run it has been… thanks to all of you!",
             "So here we are. My last goodbye in print and on paper after 47 years in the newspaper trade.",
             "My career has been a lucky one, beginning as a reporter and photographer for a Navy base paper in Italy, then peddling ad space for my college daily while I finished my communications degree. I won't recite the whole résumé, but I've worked in this business from coast to coast. Not many people get to live through experiences like these. Still, this chapter is the hardest, as we formally end the printed edition of the Sullivan Valley Shopper & Neighbor.",
             "Across the last 23 years we've been lucky to work with some wonderful and gifted people, my wife Carol and our daughter, Megan, among them. From the start we chose to stick to upbeat news from our towns and pack every page with local faces. Readers loved it, and they looked forward to the cheerful events and people-next-door profiles. I'd wager we've photographed at least a third of the valley across the past 1,150 issues. None of it would have worked without our loyal advertisers, who kept sending their message into 27,000 homes every week. Looking over the newest circulation figures for the big dailies across the state, our free home-delivered paper reaches more households than any of them! Starting tomorrow, it won't.",
             "2019 was our best year ever, with a long list of weekly flyer advertisers, plenty of whom had been with us almost since the beginning. Then the pandemic arrived in 2020. We had no idea how fast it would hit us and the rest of the industry.",
             "Flyer customers began pulling out nearly every week. Stores and practically every other business were thrown into chaos. Because we were considered essential, we kept printing.",
             "As if the pandemic weren't enough, then came soaring gas prices that piled even more cost onto our flyer customers' freight and printing bi",
         ]),
    _neg("b167-monadnockledger-parkinsons-stride-neg",
         "Invented; modelled on The Keene Sentinel (charity walk brief with fundraising goal, registration times, ends in 'visit')", "en", [
             "Stride in Hartwell to raise funds for Parkinson's research",
             "The yearly \"Stride for a Steady Tomorrow\" takes place Sunday at Hartwell Community College.",
             "The three-mile walk, held in cities across the country and organized by the Tremor Research Alliance, builds awareness and raises money for research, in the hope of one day stopping the disease, said Colleen Marchetti, regional director of the alliance's northern New England office.",
             "In 2021, roughly 6,500 Vermont residents were living with Parkinson's disease — a disorder of the nervous system that affects movement, balance and sometimes mood — according to figures from the alliance. It ranks among the most common brain disorders in the region and the country.",
             "\"We picture a future where nobody hears this diagnosis, and we won't stop until we get there,\" Marchetti said.",
             "As of Tuesday, 197 walkers had signed up for the Hartwell stride, and about $31,000 of the $50,000 goal had been raised.",
             "Although the walk's purpose hasn't changed, Marchetti said the course is a bit different this year. Walkers will set off from the campus green, head down College Road to Elm Street and keep going until volunteers turn them back at the Mill Pond roundabout. They will then retrace Elm Street back to College Road.",
             "Check-in opens at 9 a.m., with a kickoff ceremony at 9:45 a.m. and the walk at 10:15 a.m. Early check-in will also be available from 4 to 6 p.m. Saturday at the Grange Hall at 58 River Road.",
             "To sign up ahead of time or learn more about the event, visit",
         ]),
    _neg("b167-merrimackherald-reader-questions-neg",
         "Invented; modelled on Concord Monitor (reader-survey Q&A with published/modified stamps, mentions a past donation drive, cut ending)", "en", [
             "Your questions, our answers",
             "Published: 6/2/2023 9:14:52 AM",
             "Modified: 6/2/2023 9:12:08 AM",
             "Last year, the Herald mailed out a reader questionnaire inviting you to share your views on a handful of big topics. We asked what mattered most to you, too, and you said –hometown news, high school games, columns and letters, and the obituaries of neighbors we've lost. We also invited you to send in your own questions. Below are the subjects that showed up most often among the hundreds of replies.",
             "How has the pandemic affected ad sales?",
             "No sense pretending otherwise. The pandemic hit our business hard and is still hitting it. During the first months, lots of shops shut their doors, and our ad income fell by about half. The money readers sent during our Keep Local News Alive donation campaign made a real difference in carrying us through. As businesses came back, so did we, mostly. But things remain difficult. A number of advertisers have cut back since they can't hire enough workers to meet demand. Others are stuck waiting on delayed shipments. With luck, these problems won't last.",
             "Did the pandemic change the size of the staff?",
             "Among reporters and editors, we had to let one person go early in the pandemic. That reporter has since come back. We eliminated two clerical jobs in the ad department early in 2022. Those jobs have not been filled again.",
             "Why did the printing deadline change?",
             "Early in the pandemic, the printer pushed us to a much earlier deadline. That meant the paper went to press at 4:30 p.m. We've since pushed our deadline back to 9 p.m., which sometimes lets us get evening stories into print. The early cutoff kept late pro scores and late overseas news out of the paper. It never affected anything we post on our website. In fact, since we now begin the day earlier, the new schedule has helped us deliver more local stories to readers throughout",
         ]),
    _neg("b167-homesteadgazette-fill-a-plate-neg",
         "Invented; modelled on Capper's Farmer (reprinted charity feature on a hunger campaign, donation URL, cut ending)", "en", [
             "Nonprofit's drive lets givers and helpers take on hunger",
             "Harvest Table Network invites neighbors to pitch in close to home",
             "Courtesy of Hearthside Features",
             "November 2009",
             "Money is tight for just about everybody right now. Each dollar seems to stretch less than it did a year ago. A dollar will get you a cup of gas-station coffee, a single ringtone or roughly two postcard stamps.",
             "It can also put 12 meals on the table for struggling households near you.",
             "\"With so many layoffs, 2009 has been an especially rough year for families who simply can't cover the basics and have had to turn to food pantries for the first time,\" said Loretta Vandermeer, president and CEO of Harvest Table Network.",
             "That's the reason Harvest Table Network (once known as the National Pantry Partnership) is asking people everywhere to \"Fill a Plate, Feed a Neighbor,\" a drive that began in October and runs through the holidays. Represented by the network's orange plate logo, the drive aims to build awareness and raise money in the fight against hunger at home.",
             "\"Pantries across our network are seeing demand climb by 18 to 25 percent compared with last year,\" Vandermeer said. \"Several of our members report even steeper jumps in families asking for emergency groceries. We need a nationwide response right now, because so many households are just one paycheck from going without meals.\"",
             "At www.harvesttable.example.org, you can give a gift that helps feed the one in seven people nationwide who don't always have enough to eat. The website will let",
         ]),
    _neg("b167-ozarkcommerce-dollar-deal-neg",
         "Invented; modelled on Arkansas Business (business-gossip item about a rival daily's one-dollar subscription offer, subhead, cut ending)", "en", [
             "\"You've been picked, neighbor!\" was the opening line of a special subscription deal that landed in the inboxes of lots of occasional Ozark Morning Star readers last week. \"You belong to a select circle of loyal readers who can grab the best deal we've ever made.\"",
             "The message went to people who click the paper's web stories often but have never paid. And what is this jaw-dropping deal? Four months of unlimited online access to what the Morning Star calls the region's top news source, for a grand total of one dollar.",
             "The deal raised some eyebrows among readers who pay $29 a month for full online access, a printed weekend edition and a loaner tablet from the paper for as long as they subscribe.",
             "The dollar subscribers won't receive a tablet, the centerpiece of Publisher Harlan Beaumont's 2020 move to end weekday home delivery of the printed paper and bet on readers switching to his digital page replica on a tablet.",
             "They will, however, get that replica for reading on personal laptops or tablets, plus full access to ozarkstar.example.com and razorbackbeat.example.com.",
             "Morning Star President Dolores Kincaid told Insider the deal is an experiment borrowed from a big East Coast daily. \"We've offered it to people who keep coming back to our website but haven't subscribed.\"",
             "A Few Hundred Take the Bait",
             "Within just a couple of days, a few hundred readers signed up, she said. \"These cut-rate subscriptions come without a tablet or weekend print delivery, but they do include the full digital replica and the website. After four months, we hope plenty of the newcomers stay on when the price goes up to the regular rate.\" That's the $29 monthly rate. \"If only a handful stay, we'll call this experiment a flop.\"",
             "The pitch also points out that dependable news costs money. \"What our reporters do comes at a price, and it's a price worth paying. A strong, free press is essential to a",
         ]),
    _neg("b167-shenandoahwire-birthday-neg",
         "Invented; modelled on Augusta Free Press (site's own birthday note in short lines, byline at the foot)", "en", [
             "Happy birthday to us, SVW!",
             "Shenandoah Valley Wire went live on Sept. 9, 2004, and the plan at the start was to use the website as a launch pad for an eventual weekly paper in print.",
             "That never came to pass, which was probably a lucky break.",
             "Today is our 17th birthday, meaning we've lasted about 16 years and ten months beyond what we figured we would back in 2004.",
             "We gave the whole thing a season to see whether we could land a backer, talk a loan officer into betting on us, or, failing both, hit the jackpot.",
             "Not one of those came through, so in the end it came down to pinching pennies, putting in the hours, pushing through, and some good fortune.",
             "We held down side jobs, wrote for other outlets back when people still paid for that, ran a little web-design and advertising shop on the side, tried our hand at putting on concerts …",
             "And we survived.",
             "And picked up a whole lot of friends as we went.",
             "Along the way, we got to cover two Staunton Braves summer-league titles, a packed monster-truck show carried live on cable from the Valley Fairgrounds, and a seat near the floor when JMU finally reached the big dance, among plenty of other things.",
             "We'd never claim we saw any of that coming back in 2004.",
             "All we were asking ourselves was: can we last one season? Because if so, perhaps we can last one more.",
             "Thank you for riding along on what has been, and looks set to remain, a wild trip.",
             "Story by Dwight Ambler",
         ]),
    _neg("b167-lakelandlocal-family-fire-neg",
         "Invented; modelled on Baristanet (community blog relaying a plea for donations to a family after a house fire, stray closing tag)", "en", [
             "Lakeland Family Needs A Hand",
             "Tuesday, Feb 17, 2009 3:26pm  |  COMMENTS (6)",
             "Lakeland Local got an email asking readers to help a family whose world was turned upside down when fire swept through their house. Marianne Costello, Director of Campus Operations at Lakeland Community College writes:",
             "Over the weekend, Tomas Oyelaran, who works on the College's Grounds crew, lost everything in a fire that gutted his house. Thankfully, Tomas and his family got out safely, but they now need the basics for their three young kids.",
             "Tomas's kids need clothes and footwear: Naomi, 7 year old girl, clothing (size 8) and sneakers, boots (size 13). Isaac, 4 year old boy, clothing (size 5T) and sneakers, boots (size 10). Lucia, 2 year old girl, clothing (size 2T) and sneakers, boots (size 6). Gifts of everyday items for the kids, like clothes and bedding (for example: toddler bed, playpen, twin beds, etc.), are welcome. A gift card to a big-box store such as Kmart or Kohl's would be a great option too and is gratefully accepted./blockquote>",
         ]),
]


BATCH167_DOCUMENTS = PROBE147_APPEALS + PROBE147_NEGATIVES
