"""Batch 133: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

21 documents (10 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 113 (21 documents). Each keeps the real page's structure line for line (a
support-coverage headline glued to its explanation at the top of an event notice with a guest list
whose lines end in commas and "and"; a staff-profile page with a title line; a newsroom's letter about
a change of focus; a magazine publisher's letter under an emoji newsletter teaser; a letters column with
issue-date and headline lines; a blog round-up with two separate appeal blocks; a relaunch FAQ with
question lines; a year-in-review with the appeal sentences glued after a lead-in sentence; a letter to
the editor with signature and town lines followed by a newsletter sign-up form; a newspaper-week
editorial ending in a renewal reminder; a column of one-line "You might ..." sentences; a student
report cut mid-sentence around a photo-credit line) and exactly what the real gold marks: a
"support our free outbreak coverage" line at the top; a thank-you-and-donate paragraph under a profile
title; a two-line "our work exists because of you, support it" block; a two-line emoji newsletter
teaser; a one-line "support local reporting, join the club" membership line; a reader-supported
blog's opening endorsement plea and its closing two-line "only here, we need your help, it costs a
lot" lines; a "why do we need to raise money" question and answer with a giving e-mail address in the
middle of an FAQ; the sustainer-appeal sentences inside a year-in-review paragraph (its first sentence
stays text); a four-line newsletter / interests / price / subscribe form after a letter; a closing
"keep reading and renew your subscription" sentence. Negatives keep what makes the real ones hard: an
editor's note on a lobby group's ad tax credit for news, a community giving-day campaign's record
total and matching grant, a food bank asking neighbours for donations, outside-group spending and
fundraising totals in a mayoral primary, a generic report on a paper closing over falling
subscriptions, public stations losing federal money while listeners step in, a weekly's "dear
readers" note on print costs, a newspaper-week editorial, a student report on a charity breakfast
with prices and a target, a reader's letter about his own subscriptions, a publisher's note on the
paper's mission.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it stands,
every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 113: appeal documents ----------------------------------------------------------------

_DISPATCH_COVERAGE = (
    "Back the Sagebrush Dispatch’s measles outbreak reporting We publish fresh updates every day on "
    "how the outbreak is hitting the Juniper Basin. These stories sit in front of our paywall, free "
    "for every reader."
)

_LEDGER_GIVE = (
    "Thank you for everything you gave us over the last twelve months. We'd like to show you where "
    "your gift goes by introducing a few of the gifted freelance reporters, copy editors, "
    "photographers and video makers who put our paper together. Give today so our reporters can keep "
    "delivering more in-depth reporting for the public good in 2017."
)

_SIGNAL_BECAUSE = "\n".join([
    "The Northside Signal exists only because readers like you make it happen.",
    "The Signal gives Port Calder residents the facts we need to cover the essentials, push for change and flourish. Back our work and help build a better-informed, more powerful Port Calder.",
])

_PRAIRIE_NEWSLETTER = "\n".join([
    "📬 Hungry for a taste of the Plains in your inbox each Tuesday?",
    "Receive Prairie Fire's newest stories plus a roundup of what's going on across the heartland with our weekly email.",
])

_HARBOR_CLUB = "Back Independent Local Reporting. Join the Harbor City Weekly Insiders."

_LAYVOICE_TOP = (
    "Wasn't it lovely to hear Sr. Margaret Kellan greet you at the start of your day? Sr. Margaret "
    "gave the video testimonial on our homepage today. In case you missed it, I have placed the clip "
    "further down this page. Her words keep echoing for me: \"Why LVW?...Never forget LVW is here "
    "for you. That is the reason you need it.\""
)

_LAYVOICE_END = "\n".join([
    "You won't these stories anyplace but LVW. That is exactly why we count on you.",
    "Sending reporters to Lisbon, Switzerland and, yes, even Harlan Sprngs, Minn., costs LVW a great deal.",
])

_CLARION_RAISE = "\n".join([
    "Why is the Clarion raising money?",
    "Good local reporting costs a lot. It means hiring talented people and letting them have the hours and tools to do the work well. We are raising enough startup money to cover several years, giving us room to build an organization that can stand on its own. If you'd like to help and are in a position to get us to our goal, write to us at giving@rivertonclarion.example.org.",
])

_UNDERTOW_SUSTAINER = (
    "We are a small, shoestring outlet that might well have shut down under the financial strain of "
    "the pandemic. But thanks to our readers, we delivered essential reporting and opinion that put "
    "combative, left-leaning voices front and center. If you'd like to help us do even more next "
    "year, please think about joining as an Undertow Ashford Sustainer—reader donations make up most "
    "of our budget, and that money pays our writers and quite literally keeps the website running."
)

_COURIER_FORM = "\n".join([
    "Top local stories and more, straight to your inbox",
    "Tell us what you'd like (select any that apply)",
    "Plans from $3.99/week.",
    "Subscribe Now",
])

_HERALD_RENEW = (
    "Keep turning those pages – ours and plenty of others — and remember to renew your subscription!"
)


PROBE113_APPEALS = [
    _doc("b133-sagebrushdispatch-measles-livechat-top", "appeal", "top",
         "Invented; modelled on This Is Reno (event notice with a support-our-free-coverage line glued to its explanation at the top, guest list)", "en", [
             _DISPATCH_COVERAGE,
             "Readers are welcome to sit in with area reporters for an open video call on Wednesday, June 11 from 6 to 6:50 pm to talk about what it has been like to report on the regional effects of the outbreak.",
             "Beyond fielding questions about how the outbreak stories get made, the group of area editors wants to learn from residents what they need from local news. Which topics are readers NOT finding in the coverage that they wish they could follow? What leaves them puzzled, and how could local newsrooms make their reporting more useful to the people they serve?",
             "Panelists include:",
             "Darlene Whitcomb, managing editor of the Juniper Basin Courier,",
             "Rafael Okonkwo, Founder/Editor of the Sagebrush Dispatch,",
             "Priya Lindahl, news director, KJBR radio, and",
             "Tomás Aguirre, editor of Noticias del Valle.",
             "The call is organized by the High Plains News Collaborative, a new coalition formed to respond to the shaky footing of local news outlets across the region. For well over ten years, newsroom staffing in the region has dwindled as ad money drifts to social platforms and paid readership of local outlets falls away.",
             "“A community without local news is a community flying blind,” said Helen Marsh, an associate professor at the Kittredge College of Journalism. “Most residents have no idea how near we are to losing something our towns simply can’t run without.”",
             "Recognizing that local reporting holds up a working democracy, the High Plains News Collaborative is a fresh coalition devoted to making local news in the region more useful, more trusted and on firmer financial ground.",
             "Every local news outlet in the region is welcome to join the Collaborative. Residents are welcome to pitch in by backing local news, too.",
         ], appeals=[_DISPATCH_COVERAGE]),
    _doc("b133-baysideledger-stickler-profile-top", "appeal", "top",
         "Invented; modelled on San Francisco Public Press (staff-profile series page, thank-you-and-donate paragraph under the title)", "en", [
             "Meet the Ledger Crew: The Stickler",
             _LEDGER_GIVE,
             "The Stickler: Loretta Vance",
             "Loretta Vance brings a razor-sharp sense of humor, an enormous vocabulary and a meticulous eye for detail to her job at the Bayside Civic Ledger.",
             "As editor of the print quarterly, Loretta shapes the Ledger well beyond what her job title suggests. Having worked in courtrooms, newsrooms and charities, she takes on a bit of everything at our expanding newsroom.",
             "Loretta runs our syndication desk, which picks stories from fellow nonprofit newsrooms to run on our site and in the quarterly print issue. Asked how she chooses which partner pieces to feature, Loretta says, My first question is whether a story touches a 'live' issue and whether it matters here at home. Partner reporting on ferry fares, rent control, the biotech boom, wage theft, food in residential hotels, shoreline erosion along the bay and disappearing monarch butterflies has all made it onto the Ledger's site and into print. I pick stories that shape daily life for people across the region.",
             "A self-described “news junkie,” Loretta is a natural fit at the Ledger: “I live for headlines, data and details — I can't stop tracking everything happening around town.” As our most seasoned copy editor, Loretta spots the slips in spelling and syntax that others miss, challenges unexamined premises and pushes writers to weigh other points of view.",
             "Around the office, we value Loretta for her energy and her range.",
         ], appeals=[_LEDGER_GIVE]),
    _doc("b133-northsidesignal-accountability-shift-top", "appeal", "top",
         "Invented; modelled on Outlier Media (newsroom letter on a change of focus under a two-line support block)", "en", [
             _SIGNAL_BECAUSE,
             "The Northside Signal is gearing up for some big shifts in the months ahead. We are widening our lens slightly, but we are still committed to closing the gaps in what our city knows and in who answers for what.",
             "When the Signal launched four years ago, our aim was a news service for the people most newsrooms overlook – working-class neighborhoods and communities of color. All too often, established outlets write about these residents but not for them, and they chase an imagined reader who already has the facts and the means to act on them. That habit deepens both kinds of gaps for the neighborhoods least able to bear them.",
             "We set out to keep the fundamentals of solid journalism – accuracy, plain language, openness, and service to the public – and to throw out nearly everything else about how news gets packaged and who it is for. We were convinced we could get reliable facts to the residents who need them most – and make powerful institutions answer to those neighborhoods.",
             "We have managed to build the Signal you know now: a Port Calder news source focused on urgent problems such as water shutoffs, vacant lots, evictions, heating bills, and lately public health and elections. We send the facts straight to the people who need them through our text-message service. Yet so far we have not managed to take on the second piece of what we set out to do: the accountability gap.",
             "That gap is our next focus.",
             "With help from a generous award from the Civic Commons Trust, we will devote the coming months to reporting on how newsrooms can really make the powerful answer for what they do. Our staff wants to learn what makes watchdog reporting work – and what makes it come up short.",
         ], appeals=[_SIGNAL_BECAUSE]),
    _doc("b133-prairiefire-publisher-letter-top", "appeal", "top",
         "Invented; modelled on Scalawag (publisher's letter under a two-line emoji newsletter teaser)", "en", [
             _PRAIRIE_NEWSLETTER,
             "A note from Prairie Fire's Publisher and Executive Director, Lorna:",
             "When I took over Prairie Fire almost three years ago, we were in a rough spot. We were trying hard to grow from a scrappy side project into a news outlet that could pay its own way. I was the fourth publisher in about as many years, money came in far more slowly than our bills piled up, and our hard-working staff was worn down by everything we'd survived just to keep Prairie Fire alive. On top of that, our flagship, the quarterly print edition, lost money on every run. Rough spot, like I said. More than once, closing the doors looked like the way out, but we refused to go there. Why? Because of the one thing we've always done really well: being people from the Plains telling the story of where we live in our own voice. And along the way, while we got really skilled at telling honest, welcoming, lively stories of the heartland, we also built a remarkable community with every one of you; that alone seems reason enough to keep going.",
             "Thank you. Even if you didn't know how shaky things were behind the scenes, you stayed with us through the hard stretch. You signed up, signed up again, nudged your friends to sign up; a few of you even gave copies to loved ones as presents. You kept showing up for us over and over—truly, thank you. Side by side, we've told stories of the Plains the way they always deserved to be told and rarely were. We wrote about growing up trans on a wheat farm with care for both the farm and the person. And we faced hard truths about what happens when Native families run up against the small-town establishment, rural and otherwise. We showed up as ourselves together; from the Plains and: Native, Latino, white, queer, broke, blue-collar, living on the prairie or far from it.",
         ], appeals=[_PRAIRIE_NEWSLETTER]),
    _doc("b133-harborcityweekly-reader-mail-top", "appeal", "top",
         "Invented; modelled on Riverfront Times (letters column with a one-line membership appeal at the top, issue-date and headline lines)", "en", [
             _HARBOR_CLUB,
             "Reader Mail",
             "Issue of April 13, 2007",
             "Website redesign",
             "Layout Basics",
             "Too template for me: Honestly, the new site looks a bit too much like a free template for my liking. A website for a paper that is print above all should look something like the paper itself. This makeover looks like a high schooler (with zero design training) threw it together. The headlines aren't bold enough, I can't tell the reporting from the restaurant reviews — everything blends together.",
             "I read HCW because it is different from the big dailies and suburban weeklies around here — it isn't a by-the-numbers paper. So why should your website be so completely...by-the-numbers? Also, the ads seem to be swallowing the content.",
             "Hope this is useful, and good luck with the redesign!",
             "R.J. Pemberton, Dunmore Heights",
             "Arts listings, March 29, 2007",
             "Opera Basics",
             "Halvorsen gets it wrong: Nate Halvorsen's clueless preview of the chamber opera Glass Lungs shows just the kind of small-mindedness that keeps Harbor City from turning into the arts capital it should be [\"Sing Me a Sad One, Doc\"]. He writes, \"The trouble with these shows is they always revolve around something silly.\"",
         ], appeals=[_HARBOR_CLUB]),
    _doc("b133-layvoiceweekly-blog-roundup-top+end", "appeal", "top+end",
         "Invented; modelled on National Catholic Reporter (NCR Today blog; reader-supported round-up with an endorsement plea at the top and a two-line we-need-your-help close)", "en", [
             _LAYVOICE_TOP,
             "Plenty of other outlets this week have marked the anniversary of the capture of a notorious cartel boss. Can you recall what LVW was reporting twelve months ago?",
             "This week marks one year since Bishop Gerald Hartigan of the diocese of Wendover, New Zealand, was pushed out. Rome removed him following a church inquiry, launched after Hartigan had suggested years earlier that the church should consider ordaining married men and women.",
             "This year LVW is reporting in depth on the findings of a Vatican doctrinal office review of the American Council of Women Superiors. This afternoon Peter Garvey will send a piece from Rome on the U.S. hands that shaped much of this so-called \"Roman\" review.",
             "Nowhere else will you find coverage, analysis and commentary on these stories with this much depth as in LVW.",
             "This afternoon we will also post a story from Harlan Springs, Minn., where a small, tightly bound parish faces losing the sacraments because its members will not quietly accept new pastors who arrived not to serve them but to push their own plans and take the community apart.",
             "This week we also bring you a report from Kessach, Switzerland, where churchgoers held a Mass boycott as a final protest.",
             "These are people who are -- borrowing from Sr. Margaret's message this morning -- thinking for themselves about the choices and controversies of our time.",
             _LAYVOICE_END,
         ], appeals=[_LAYVOICE_TOP, _LAYVOICE_END]),
    _doc("b133-rivertonclarion-relaunch-faq-middle", "appeal", "middle",
         "Invented; modelled on Nashville Banner (relaunch FAQ with a why-we-raise-money question and answer in the middle)", "en", [
             "Bringing back the Riverton Clarion",
             "On March 14, 2001, the Halvorsen Media Group acquired the Riverton Clarion and closed it the same week.",
             "In the years since, the count of working reporters in Riverton has fallen by nearly three-quarters, even as the city and its suburbs have boomed.",
             "Time to act.",
             "So in 2023, the Riverton Clarion will return as an independent, nonpartisan, nonprofit local newsroom. We aim to wrap up our first round of fundraising in 2022 so that we can start publishing on the web early next year.",
             "A few questions you may be asking …",
             "What will the Clarion report on?",
             "First and foremost, we will report the kind of news that helps you decide how to vote when you go to the polls. Where is our tax money going? Which people, agencies, businesses and groups shape the way we live? Are those with power being held responsible for their choices? We think the internet era has handed us more and more opinion about the news, and less and less of the news itself. We plan to start with reporters assigned to City Hall, the courthouse, the statehouse, schools, the local economy, and policing. More beats will come with time, but what the city needs most today is civic reporting.",
             _CLARION_RAISE,
             "How will the Clarion operate?",
             "The Clarion will be published by Riverton Civic Media, Inc., a nonprofit corporation registered in Missouri. RCM has asked the IRS to recognize it as a tax-exempt organization under Section 501(c)(3).",
         ], appeals=[_CLARION_RAISE]),
    _doc("b133-undertowashford-politics-2021-middle", "appeal", "middle",
         "Invented; modelled on Tone Madison (year-in-review with sustainer-appeal sentences glued after a lead-in sentence)", "en", [
             "It’s enough to make you scream: Undertow Ashford’s best political reporting of 2021",
             "How we tracked a year of upheaval and civic soul-searching Ashford.",
             "After decades of slow decay, Ashford’s belief in its own progressive specialness collapsed in 2021. Grassroots groups grounded in mutual aid and radical politics mounted impressive campaigns to get residents through the virus and to confront structural racism during a national surge of protests following a police killing in a neighboring state. Meanwhile, the city’s best-connected business and political figures met the crises of 2021 with shortsighted scheming, denial, and open scorn. The year may yet push city politics in a better direction: Young residents got unexpectedly energized about city hall, and a slate of left-wing candidates has already begun running in this spring’s Ashford City Council races.",
             "Reporting on these changes at Undertow Ashford has been hard work and an honor. " + _UNDERTOW_SUSTAINER,
             "Here are a few of our strongest political pieces from the year.",
             "More than anything, 2021 taught us about Ashford’s political nearsightedness. The “we’re plenty progressive already” crowd wept plenty over a pair of renamed parks, and Lena Orsini sharply dissected the emptiness of their grief.",
         ], appeals=[_UNDERTOW_SUSTAINER]),
    _doc("b133-lakeportcourier-thanks-letter-end", "appeal", "end",
         "Invented; modelled on The Messenger, Fort Dodge (letter to the editor, then a four-line newsletter/interests/price/subscribe form)", "en", [
             "Grateful for the Courier",
             "To the editor:",
             "My thanks to everyone who puts out The Courier. We are lucky to get this paper five days a week, though I do miss the Saturday edition. The number of papers around the country that manage to hang on has dropped sharply over the last several years.",
             "I am grateful that The Courier's careful money management has kept it on the presses. At a time when so much news coverage leans one way or the other, I value that The Courier works to give a fair account of what is happening in our town and our nation. I also value getting the good news from our town and nearby communities, not just the constant stream of bad. My thanks to every staff member and to the owners of The Courier.",
             "Dolores Vantreese",
             "Lakeport",
             _COURIER_FORM,
         ], appeals=[_COURIER_FORM]),
    _doc("b133-holliscountyherald-newspaperweek-end", "appeal", "end",
         "Invented; modelled on The Morgan Messenger (newspaper-week editorial ending in a renew-your-subscription sentence)", "en", [
             "Keep those pages turning",
             "This week is also National Newspaper Week. When Josiah P. Whitlow started The Hollis County Herald in 1887, no one had dreamed up a National Newspaper Week. Any town or county with a paper of its own (or a pair of them) counted itself fortunate. Back in Mr. Whitlow’s time, the local paper was where folks learned about church suppers, births and weddings, what the shops had on sale and what the politicians were up to.",
             "These days, people have plenty of other ways to learn about sales, politics and family news. We keep adopting new tools to get the news out while holding on to our main job – putting out a weekly paper packed with local, reliable reporting.",
             "Every Thursday, upward of 3,800 copies of the Herald land in homes and shops nearby and far away. Every week, our team works with advertisers, officials, clubs, congregations, schools, funeral directors, sheriff's deputies, volunteer firefighters, residents and merchants to collect the facts and report on how our county runs.",
             "Who can say whether Josiah Whitlow pictured us still at it 130 years after he launched The Hollis County Herald. The late Ruth Whitlow and longtime editor Carl Dempsey spent many years covering the news and using these columns to improve the county. Their effort powers ours now.",
             "We’re thankful for the households, merchants and readers who have stayed with us through the years. We hope to mark National Newspaper Week for a long time yet. " + _HERALD_RENEW,
         ], appeals=[_HERALD_RENEW]),
]


# --- Probe 113: negatives -----------------------------------------------------------------------

PROBE113_NEGATIVES = [
    _neg("b133-basinweeklyreview-adtaxcredit-editorsnote-neg",
         "Invented; modelled on Reno News & Review (editor's note on a lobby group's tax credit for local news advertising)", "en", [
             "FROM THE EDITOR",
             "A promising fix for local news’ survival problem",
             "The Marston School of Media at Eastridge State University regularly hosts national figures from the news business to talk shop with students and professors. Lately, the school has also opened those talks to working reporters from around town.",
             "In May, the visitor was Joanna Pruitt, a veteran Washington policy reporter and the founder/director of an organization called Local Press Forward, which lobbies for public policies meant to help put the business back on its feet.",
             "“Public policy alone won’t save local journalism—but good public policy is indispensable,” says LPF’s homepage.",
             "To be clear, this is about government action, but not about grants or other direct subsidies. Those ideas are also being debated across the industry, and they make most reporters squirm. It’s hard to picture state money arriving without conditions, and easy to picture conditional money leading to state-run media. (This issue’s cover story explains why that would be a disaster.)",
             "Local Press Forward is instead promoting a set of tax credits. The one that interests me most would reward small businesses for buying ads in local news outlets. Washington would refund those businesses a large share of what they spend on the ads. Newsrooms would get more ad income; shop owners would get a lift; and those shop owners, rather than officials, would choose where the money lands.",
             "A bill has already been written. It’s titled the Hometown Press and Main Street Relief Act. It has the backing of a national grocers’ trade group, several press associations and other media industry organizations.",
         ]),
    _neg("b133-northridgeledger-ridgegives-record-neg",
         "Invented; modelled on Watertown Daily Times (news on a giving-day campaign's record total and matching grant)", "en", [
             "ELMSFORD — The 2021 -RidgeGives campaign brought in a record $31,860 for nonprofits in Carver, Lyle and Dunmore counties, with gifts from upward of 140 people, families and businesses, plus a matching grant from the North Ridge Community Trust.",
             "Thirty-one nonprofits took part in this year's campaign, the largest group since the -RidgeGives effort started four years ago.",
             "The regional drive brought the three counties' nonprofits together on Nov. 30, 2021, -GivingTuesday, a worldwide day of generosity that channels the combined energy of people, neighborhoods and groups to promote charitable giving and honor kind deeds.",
             "“Adding the Community Trust’s matching grant this year did more than boost support for local groups — it also prompted more gifts across the board,” said Loretta Haines, the Community Trust’s president, in a statement Thursday. “It makes us hopeful about growing it in years to come, and we are looking at options now.”",
             "Each participating nonprofit will get an equal portion of campaign gifts as grants from the North Ridge Community Trust, to be handed out over the next few weeks. Every gift received and the entire matching grant will be passed along.",
             "Melissa Tran, development director and grants manager for the Tri-County Senior Rides program, has headed the -RidgeGives effort since day one.",
             "“This outpouring from our neighbors is a warm reminder of the wonderfully kind people who cherish this corner of the state,” she said in a statement Thursday.",
         ]),
    _neg("b133-wkbr7-granthamfalls-foodbank-donations-neg",
         "Invented; modelled on NEWS10 ABC (TV station item on a food bank asking the community for donations)", "en", [
             "Town food bank nearly out of stock, asks neighbors to donate",
             "GRANTHAM FALLS, Pa. (WKBR) — Three weeks into autumn and several area food banks are already running out of supplies.",
             "The Grantham Falls Neighborhood House wasn't prepared to have more than 250 people show up so soon.",
             "Now, its food bank is counting on neighbors to help refill the shelves.",
             "The canned soup still on hand at the Grantham Falls food bank would only cover roughly three or four families. Many other staples are running short too, and it's only mid-October.",
             "“Some weeks, it can honestly be what keeps a family going,” said Dana Whitley, a volunteer with the Grantham Falls Neighborhood House.",
             "There was a time when the food bank kept Whitley going – a single mom raising two young kids, who now gives her time there.",
             "“They make you feel at home and it's a comfort to know there's a place like this in town,” Whitley said.",
             "Shelves that are normally full now look worryingly bare.",
             "“We hand out three boxes of cereal to every family and we usually have stacks of it, and now there's only a handful of boxes left,” said Ron Petrakis, who coordinates the Grantham Falls food bank.",
             "The walk-in cooler is almost bare. Petrakis said that's everything they've got right now.",
             "Over three weeks, the center handed out close to 4,200 pounds of food, helping 61 families in only four days.",
             "The food bank's next large delivery isn't due for three more weeks.",
             "“We've served more than 1,900 people so far this year, already more than all of last year,” said Angela Ruiz, executive director of the Neighborhood House. “Running short this early in the season is worrying.”",
             "For now, the center is relying on neighbors to help it meet the need.",
             "They're requesting canned food, hygiene items, or cash donations.",
         ]),
    _neg("b133-channel6brackston-mayoral-outsidespending-neg",
         "Invented; modelled on NBC10 Philadelphia (campaign-finance news on outside-group spending in a mayoral primary)", "en", [
             "Outside Group Spending Passes $8 Million in Brackston Mayor's Race",
             "Independent groups raised and poured huge sums into this spring's mayoral primary in Brackston. Finance filings made public Friday showed just how huge: over $8 million.",
             "While the candidates collected more than $4.3 million, three independent committees, free of any donation caps, took in roughly $8.4 million.",
             "A single committee took in and spent more than all five Democratic contenders put together. Brackston Forward, an independent spending group bankrolled by two rich hedge-fund managers from the city's suburbs, put $5.9 million behind City Councilman Raymond Tolliver and a pro-school-choice platform.",
             "That's roughly double what two other committees spent to support Evelyn Marsh, who won the May 16 Democratic primary. Working Brackston and Neighbors for a Fair City spent a little under $2.7 million, most of it donated by unions, among them the Brackston teachers' union and the pipefitters' Local 212.",
             "When all was said and done, Marsh raised the most money -- over $1.6 million in 2019 -- and spent almost every dollar. She had only a bit more than $90,000 left as of June 5 and is favored to coast to victory in the November general election.",
             "Tolliver finished a close second, collecting over $1.3 million. Former county prosecutor Glenn Akers raised roughly $950,000.",
             "Former housing director Luisa Ferraro and former state Rep. Curtis Boone gathered $412,350 and $14,000 respectively. Former transit official Dwight Hale failed to file his report before the elections board closed Friday, but had reported roughly $18,000 raised as of May 2.",
             "Tolliver and Marsh had been running even, but in the last two weeks before the primary, Tolliver's fundraising dried up as polls showed Marsh ahead by larger-than-expected margins. Marsh reported raising $430,000, while Tolliver took in about $190,000.",
         ]),
    _neg("b133-shiawayindependent-weekly-closure-neg",
         "Invented; modelled on Owosso Independent (generic report on a paper closing, subheads, first sentence split over two lines)", "en", [
             "In a notable development for community news, a weekly paper in Central Wisconsin has said it will stop publishing after almost 70 years in print. The announcement has stunned the town,",
             "which has counted on the paper for coverage of local happenings, concerns, and other vital information. The shutdown underscores the difficulties facing legacy media at a time when online news is taking over.",
             "What the Shutdown Means",
             "The choice to close the paper hits the many readers who rely on it for news. Its reporters have been key to keeping residents up to date on happenings, elections, and civic matters.",
             "Losing this source could open a hole in local coverage, making it tougher for people to stay current on events around them.",
             "Why the Paper Is Closing",
             "A number of factors led to the paper's shutdown. Growing competition from websites and social networks has made it hard for print publications to stay afloat.",
             "More and more people now read the news on their phones, which has driven down both paid circulation and ad income for printed papers.",
             "How the Town Reacted",
             "People in town have voiced sorrow about the shutdown. Many have recalled reading the paper with relatives or talking over stories at the kitchen table. Town leaders have also spoken up, stressing how much it matters to have a trustworthy source of news close to home.",
             "What Comes Next for Community News",
             "The end of this paper raises serious questions about where community journalism goes from here. Some towns have made the jump to online formats, while others are still searching for models that last.",
             "When local papers disappear, civic involvement can drop, as fewer residents know what is happening nearby.",
         ]),
    _neg("b133-airwavesdaily-publicmedia-rollback-neg",
         "Invented; modelled on Radio Ink (trade news on stations losing federal money while listeners step in)", "en", [
             "Community radio stations around the country spent the weekend scrambling after lawmakers approved an $850 million rollback of public media funding, and as station heads respond, listeners are rushing in to help plug sudden budget holes at their local outlets.",
             "The Spending Recall Act of 2027 wiped out $7 billion in already-approved federal outlays, among them money set aside for the National Public Media Trust for the next two fiscal years. The vote handed the White House a political win, since it has cast public radio networks and their member stations as biased and wasteful, but for community stations nationwide it has set off an instant financial and operational emergency.",
             "“This is a genuine fight for survival,” said Dayton Valley Public Radio President and CEO Marcus Lindqvist in a pre-dawn note to employees on Aug. 9. “In the coming weeks and months, we will watch painful consequences unfold at stations nationwide – most of all those serving rural, immigrant, and tribal communities.”",
             "In a statement, Public Radio Network chief executive Ellen Ashby called the vote “a needless tearing-down of cherished local civic institutions, and a congressional act that ignores what the public wants.” Although many detractors of public media aim at the national networks, Ashby stressed that rural and tribal stations will suffer most, with many depending on the Trust for more than 40% of their budgets.",
             "In Hartford, WCTR President and CEO Naomi Feld said the station expects to lose $14 million in federal money – around 9% of its budget. “WCTR will make it through,” she said, “but I can't promise it will look exactly like it does today.”",
             "“This is such an earthquake that we have to rethink everything – what we produce, how we produce it, how often we produce it, and which platforms we produce it for,” Feld added.",
         ]),
    _neg("b133-baysideweekly-printing-move-dearreaders-neg",
         "Invented; modelled on North Coast Journal (\"Dear readers\" note on print costs and moving the printing out of the county)", "en", [
             "Dear readers,",
             "Print journalism's slide is common knowledge. For about twenty years now, the business has been pummeled by the fast move to online media, the implosion of classified and display advertising, the grip of a few tech platforms on how information reaches people and profit-hungry owners who put fat margins ahead of serving communities. Upward of 2,300 American papers have closed since 2006. Many that remain are hollowed-out versions of what they were, running on bare-bones staffs and fighting to keep up the kind of deep reporting that used to be their hallmark. All the while, the big social and search platforms keep draining away advertising money while amplifying falsehoods and wearing down public confidence in professional reporting.",
             "Here in Kettle County, the Bayside Weekly has spent years delivering deep reporting, watchdog investigations and arts coverage that honors the many varied stories of this coast. We have uncovered wrongdoing, pushed for open government, and profiled the people who make this corner of the world remarkable. But we face the same pressures as papers nationwide and as local businesses here, all trying to compete in an economy that keeps moving online.",
             "This week brings a major change for the paper. After printing at Harbor Press in Eldon since 2011, we've run our last issue through their presses. Printing costs have soared over the past five years, while income has stayed mostly flat as Kettle County's economy has sagged under rising prices and the collapse of the timber trade. Together those pressures pushed us into the hard choice to print the Weekly and our sister publications outside the county, a step we did not take casually.",
             "Printing is now our biggest cost after salaries, making up 32 percent of what we spend each year.",
         ]),
    _neg("b133-dorrancevalleyregister-newspaperweek-neg",
         "Invented; modelled on The Parkersburg News and Sentinel (newspaper-week editorial with a run of one-line sentences)", "en", [
             "Celebrating the Paper",
             "Those of us in the news business rarely talk about our own work, but with the 81st National Newspaper Week upon us, it seems right to remind you, our readers, how much a newspaper adds to your days.",
             "The Dorrance Valley Register comes out every day of the week. Pass a news rack and there it is, the day's top stories inviting you in. For many, the paper belongs to waking up just like the first mug of coffee.",
             "A newspaper gives a fuller view of the big stories that affect you than television or radio can manage, for all the talented reporters working in broadcast.",
             "We watch and listen for you.",
             "The paper attends the meetings that shape your life — city councils, county boards, school boards and more — where choices are made that touch you. We report what gets said and voted on, knowing our readers care and often can't be there.",
             "We're at the ballgames and meets many of you go to, yet you still want to read about them the next morning for a fresh angle and the box scores.",
             "Plenty of people have predicted the end of the newspaper. Those predictions are suspect, since they come from online and social-media voices with their own stake in the outcome.",
             "It's true that information is available from lots of sources, above all online.",
             "Yet social media is crowded with self-styled reporters who trade in rumor, falsehoods, overstatement and flat-out fabrications. Newspapers work for accuracy and honesty and are still the most trustworthy source for news from town, state, country or abroad.",
             "You won't always like what's in the paper.",
             "You might grumble.",
             "You might praise.",
             "You might get mad.",
             "You might cheer.",
             "Yet you don't skip it.",
             "And you'd notice if it vanished.",
             "Rest easy, though — we intend to stick around for a long time.",
         ]),
    _neg("b133-falconflyer-pancake-breakfast-fundraiser-neg",
         "Invented; modelled on Panther Press, a high-school paper (report on a charity meal with prices, auction and target, cut around a photo-credit line)", "en", [
             "Pancake Breakfast",
             "This past Sunday, March 10th, the Westbrook and Carlton Interact Clubs pitched in at the Pancake Breakfast at the Westbrook Community Hall. The Pancake Breakfast raises money for a service group called the Beacon Circle. The nonprofit supports children across the globe facing everything from hunger to illness.",
             "At the breakfast, each plate cost $8, which came with juice, fruit, pancakes, and bacon. The breakfast also featured a silent auction with plenty of items. Some came from Westbrook State University, such as a signed number 7 basketball jersey (Marcus Dell), a mascot plush toy, and a WSU desk clock. Other items included gift baskets and assorted pieces of",
             "Photo courtesy of Westbrook Beacon Circle Instagram",
             "pottery. A fun extra at the breakfast was getting to watch and root for the Falcons basketball team in that morning's tournament game.",
             "The Westbrook and Carlton Interact Club handled setup, cooked the food such as mixing batter and slicing fruit, cleared tables, and welcomed the many visitors. A Beacon Circle organizer, Janet Oyelaran, said the morning's target was $1,200. Every dollar raised at last Sunday's Pancake Breakfast will go toward college scholarships and support for the Westbrook food shelf.",
             "Overall the breakfast was a big success, raising good money amid plenty of cheerful faces and tasty food. Up next for the Beacon Circle and Interact Club, they will team up with the Clean Wells Project. A group that raises funds to bring safe drinking water to villages overseas.",
         ]),
    _neg("b133-prairiegazette-reader-subscriptions-letter-neg",
         "Invented; modelled on The Storm Lake Times Pilot (reader's letter praising the paper and listing his own subscriptions)", "en", [
             "LETTER TO THE EDITOR",
             "Before all the national attention you got after the big journalism award, I only knew about you and your paper from the columns of Ray Hollander. Once you won, I started paying closer attention. My wife and I each bought and read the book that came out afterward.",
             "I took out a digital subscription to your paper for a year, mainly for the opinion page. I just renewed and now get the print edition by mail. We've taken the Courier for as long as I can recall. Since we moved to Tamarack County full time I also subscribe to the Birch Falls weekly to keep up with what's going on locally. I realize we're unusual, since local newspaper readership is falling nearly everywhere. I've spent years on a town council and in business recruitment and I understand and value what newspapers do for a town.",
             "Like I mentioned, I signed up mostly for the opinion pages, but I read every section. I simply wanted you all to know how outstanding I find your paper in every way. Keep it up!",
             "DALE HOFSTEDE",
             "Wexford",
             "Dale Hofstede is a former mayor of Birch Falls",
         ]),
    _neg("b133-brandtcountybeacon-publisher-mission-neg",
         "Invented; modelled on The Meade County Messenger (publisher's column on change and the paper's mission)", "en", [
             "Notes from the publisher",
             "Marjorie Talbot:",
             "Change is the one thing you can count on in life and in business. Circumstances shift, people shift, goals shift, priorities shift, plans shift, and so did my retirement plans. Once again I find myself running The Beacon. Change isn't always welcome, but it brings decisions we have to make for ourselves, or others will make them on our behalf.",
             "The newspaper business has been through a great deal of change, and our county has some exciting changes ahead as industry and opportunity grow here. My team and I have spent long hours talking, researching and trading ideas about how to deliver a quality paper to our community. We keep asking ourselves, “What do we owe our community? What are our readers hoping for from us? What are we here to do?”",
             "Our purpose is to get the word out about our local happenings, people, and groups. To deepen our readers' understanding of our governing boards, elected leaders, appointed officials, and public figures through careful and thorough reporting.",
         ]),
]


BATCH133_DOCUMENTS = PROBE113_APPEALS + PROBE113_NEGATIVES
