"""Batch 136: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 116 (23 documents). Each keeps the real page's structure line for line (headline,
"Published" dateline and deck lines of a small-daily story, a one-line email-newsletter signup label
dropped into the middle of an article, a publisher's weekly "Dear Reader" note with a photo-credit line
and short section heads, a "Recent News" brief list with "••" bullets, a weekly's masthead, volume line,
byline and a long staff roster, an ad-blocker support line above an editorial or club story, a public
radio live-blog header with a newsletter form and its "required" marker, a short editor's column, a
holiday support-your-paper house ad with price and button, a publisher's letter in hard-wrapped print
lines with a signature block, and cut-off endings mid-sentence) and exactly what the real gold marks:
an "Email newsletter signup" label in mid-article (twice); a free-subscription sign-up sentence with its
no-spam promise glued to the end of a readership paragraph; an e-edition price-and-support paragraph at
the top of a brief list; a lone "» Subscribe Today!" link above a masthead; the "by allowing ads you
support local businesses who support journalism" line above an article (three times, once with "local
journalism"); a daily-digest newsletter sentence with its "* indicates required" line; an editor's
closing "renew your subscription, advertise" request with its last line; a house ad's closing
subscribe-and-advertise block with price and button; a publisher's sponsorship plea (re-subscribe, gift
subscriptions, advertising) in hard-wrapped lines. Negatives keep what makes the real ones hard: a food
bank's donation shortfall with quoted pleas and volunteering, a public-media funding fight with a
campaign website and phone number, a rival nonprofit outlet's launch with its subscription price, a
charity kettle drive with goal, totals and donation sites, a cancer-walk fundraising season, a daily's
print-delivery change with subscriber perks, a blog urging readers to a charity walk for a house
facing cuts, a closing outlet's farewell thanking donors, an anniversary editorial, a Giving Tuesday
report with totals and a donation link, and a free public-service coronavirus note from a publisher.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text as it
stands, locates every gold appeal substring in it (asserted unique) and writes the unseen-batch136
fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 116: appeal documents ----------------------------------------------------------------

_GLENMOOR_SIGNUP = "Daily email newsletter sign-up"

_MILLBROOK_SIGNUP = "Sign up for our email newsletter"

_HILLFIELD_FREE = (
    "Why not spare your fingers the typing and get the Current in your mailbox each week when you "
    "register for a no-cost subscription here. Your email address stays with us and nobody else, and "
    "we won't bury your inbox in clutter – you'll get one message a week listing Current headlines with "
    "links to the stories.."
)

_RIDGEWAY_EEDITION = (
    "Find more local stories in the Messenger's E-edition, posted every Tuesday for paying "
    "subscribers. A full year of the E-edition costs $15. For roughly 29 cents a week you can back "
    "your hometown paper and help keep it owned and run right here."
)

_REGISTER_LINK = "» Subscribe Now!"

_NEWTON_ADS = (
    "When you let ads load on this page, you help the area businesses that, in turn, keep quality "
    "reporting going."
)

_BRYAN_ADS = (
    "When you let ads load on this page, you help the area businesses that, in turn, keep quality "
    "reporting going."
)

_LUMPKIN_ADS = (
    "When you let ads load on this page, you help the area businesses that, in turn, keep quality "
    "local reporting going."
)

_PRAIRIE_DIGEST = "\n".join([
    "Want this in your inbox? Sign up for the Morning Brief, a five-minute rundown of what's going on across the state and beyond.",
    "* marks a required field",
])

_CLAYBANK_RENEW = "\n".join([
    "How can you lend a hand? When the renewal postcard shows up in your mailbox, send it back and keep your subscription going. Own a business? Think about buying an ad, or keep the ones you run. We have packages for any budget.",
    "We intend to keep going no matter what; the one person who can shut this paper down is you.",
])

_COPPERFALLS_HOLIDAY = "\n".join([
    "So we are asking everyone who reads this to stand behind their hometown paper over the holidays.",
    "Not a subscriber yet? Sign up. Place a classified. Run a small business? Buy an ad in print or online.",
    "A hometown paper does real work for the people around it. When we tell a town's stories in our reporting and in our ads, we help make it a better place to live, to work and to spend a Saturday.",
    "This holiday season, stand behind your hometown paper.",
    "From just $3.49 a week.",
    "Subscribe Now",
])

_BIRCHWOOD_SPONSOR = "\n".join([
    "To keep up this work, we are counting on you.",
    "Please be a sponsor when you renew your subscription or",
    "buy one as a present for a neighbor. Please ask the shops",
    "you frequent to sponsor ads in our pages and on our",
    "site. We cannot manage this alone; we are asking",
    "you to \u201csponsor\u201d the local reporting that helps",
    "hold our towns together and keep them lively.",
])


PROBE116_APPEALS = [
    _doc("b136-glenmoorcourier-postal-delivery-middle", "appeal", "middle",
         "Invented; modelled on Albert Lea Tribune (small-daily story, email-newsletter signup label mid-article, cut-off ending)", "en", [
             "Courier to team up with Postal Service",
             "Published 3:15 pm Friday, March 9, 2018",
             "Early delivery starts April 2; the weekend paper will arrive on Saturdays",
             "Readers of the Glenmoor Courier will soon find their hometown paper waiting in the mailbox.",
             "Starting April 2, the Courier moves to a morning press run after decades as an afternoon daily, and its Sunday paper becomes a Saturday weekend edition. No editions will be printed on holidays.",
             _GLENMOOR_SIGNUP,
             "How the paper reaches you is changing as well. Nearly every copy will now travel with the mail carrier, arriving alongside your letters and bills, while racks and shops around town will keep stocking it. Carriers will still drop bundles at Lakeview Regional Hospital, the county's care homes and its schools.",
             "Publisher Dana Whitlock said the Courier has deep roots in Glenmoor and she is pleased with the arrangement with the post office.",
             "\u201cIt is hard to part ways with the carriers who served us so loyally, but a letter carrier already visits every home, so this is simply the smartest way to get the paper to you,\u201d Whitlock said. \u201cMy thanks go to every carrier who brought the Glenmoor Courier to a doorstep, and I am grateful for the care they showed our readers and this town.",
             "\u201cThese steps sharpen our resolve to keep up with a town whose needs keep shifting and growing.\u201d",
             "After a long run as an evening paper, the Courier will now be on store shelves and in racks by 7:30 a.m., and Saturday's weekend paper will be out at dawn.",
             "Subscription rates stay the same.",
             "Death notices for the next morning\u2019s paper are now due by 1 p.m. the day before. Items for the Community Life pages are not affected. Engagement, wedding and birth notices must",
         ], appeals=[_GLENMOOR_SIGNUP]),
    _doc("b136-millbrookstar-morning-paper-middle", "appeal", "middle",
         "Invented; modelled on Austin Daily Herald (small-daily story, email-newsletter signup label mid-article)", "en", [
             "Rise and Shine, Millbrook!: Star moving to a morning paper",
             "Published 5:45 am Sunday, March 11, 2018",
             "Before long you can read your Millbrook Star with your first cup of coffee.",
             "On April 2, the Millbrook Star will trade its afternoon press time for a morning one, ending a long stretch as an evening daily. Its weekend paper will also shift from Sunday to Saturday.",
             "Holiday editions will no longer be printed.",
             _MILLBROOK_SIGNUP,
             "Getting the paper will work differently, too. Most copies will be carried by the post office and reach your mailbox with the day's letters. Stores and racks will have it by 7:30 a.m.",
             "In a handful of cases, a few carriers will still bring the early paper to readers, such as homes that do not get mail dropped at the door.",
             "Publisher Renee Calloway said climbing fuel costs and pricier newsprint led the Star to look for other ways to get copies out. The post office is reliable and efficient, she said, and readers will get the paper with the rest of their mail.",
             "Calloway said the hardest part is bidding farewell to a loyal team of carriers. A few will stay on for limited routes, but most routes will simply end.",
             "\u201cI want to thank every carrier who has brought the Millbrook Star to our readers over the years for what they have done for us,\u201d she said.",
             "Subscription rates will stay where they are, Calloway said. Deadlines for news, ads and death notices will move, however.",
             "Those must now reach the Star newsroom by 2 p.m. for the following morning\u2019s paper. Items for the \u201cNeighbors\u201d pages are not affected. Engagement, wedding and birth notices are due by 4 p.m. Wednesdays for the Saturday paper.",
         ], appeals=[_MILLBROOK_SIGNUP]),
    _doc("b136-hillfieldcurrent-readership-freesub-middle", "appeal", "middle",
         "Invented; modelled on Amherst Indy (editors' weekly note with section heads, free email subscription sentence glued to a readership paragraph)", "en", [
             "Dear Reader",
             "Photo: Public domain",
             "Dear Reader,",
             "Tomas and I are traveling this week and our internet connection keeps dropping in and out. So this week's Current is a shorter one than usual. We will be back at full strength next week and will catch you up on whatever we skipped, including coverage of last week's Parks and Recreation Commission meeting.",
             "More People Are Reading",
             "Current readership keeps climbing after bottoming out in July at a two-year low. We now see roughly 24,000 page views a month, still short of the 33,000 peak we reached just before the March 2022 town vote, but we are closing in. Some 1,640 people get the Current by email every Sunday at 7 a.m., though most readers still find us by going to our website at " + _HILLFIELD_FREE,
             "Our Peak Day",
             "A fresh Current \u201cofficially\u201d appears every Sunday, and lately we have been adding stories on Wednesdays and Thursdays too. Sunday draws the most readers by far \u2013 close to a quarter of the week's page views land that day. Saturday comes second, with traffic building through the evening as people drop by early to see the new stories going up for the Sunday issue. Thursday ranks next, and Mondays are the quietest. Our weekly contents page (This Week in the Current) carries a short summary of the reader numbers plus a list of last week's most-read pieces.",
         ], appeals=[_HILLFIELD_FREE]),
    _doc("b136-ridgewaymessenger-briefs-eedition-top", "appeal", "top",
         "Invented; modelled on Knightstown Banner (brief list with bullet items, e-edition price-and-support paragraph at the top)", "en", [
             "Local Briefs",
             _RIDGEWAY_EEDITION,
             "\u2022\u2022 The Hartley Brothers Gospel Quartet will sing Saturday, Nov. 8, at Holy Cross Fellowship Hall on Mill Street in Ridgeway. The program is part of a spaghetti supper hosted by the Ridgeway Lions Club. Doors open at 4 p.m. Admission is $12 a person. Questions? Call 555-0142.",
             "\u2022\u2022 Gym Naming Ceremony - On Thursday, Nov. 13, Ridgeway Middle School will name its gymnasium after retired basketball coach Helen Marsh. The ceremony will be held between the first and second games of the season opener against Dunmore. Starting at 5 p.m., former players can visit with Marsh in the school library.",
             "\u2022\u2022 The Tri-County Recycling Authority and the Ridgeway Township Library will hold a free electronics drop-off on Saturday, Nov. 15, 8 a.m. to noon behind the library. Any resident of Calder County may take part. Each car may bring up to five items. Televisions older than 2005 cannot be taken, but laptops and phones are fine. The drop-off happens whatever the weather.",
             "\u2022\u2022 The yearly Marian Foss Quilt and Craft Exhibit at the Ridgeway Depot Museum, 112 S. Main St., runs during Harvest Days, Nov. 14-15. Crafters who want a spot may drop off pieces at the museum on Nov. 13 from 2 to 5 p.m. Quilts, woodwork, weaving, ceramics, candles, prints and more by area makers are invited. Details: call Lorraine Petit at 555-0187.",
         ], appeals=[_RIDGEWAY_EEDITION]),
    _doc("b136-riverbendregister-dailyriverton-launch-top", "appeal", "top",
         "Invented; modelled on The Ledger, Nashville (weekly's subscribe link above masthead, volume line, byline, long staff roster)", "en", [
             _REGISTER_LINK,
             "Where the Facts Live",
             "The Register - EST. 1983 - Riverbend Edition",
             "VOL. 37 | NO. 19 | Friday, May 10, 2019",
             "The Daily Riverton sets autumn debut",
             "By Owen Lacey | Riverton Daily Record",
             "Who is on board at The Daily Riverton so far:",
             "Martin Hale, president/executive editor",
             "Grace Okonkwo, editor-in-chief",
             "Dean Whitaker, managing editor",
             "Priya Raman, associate editor",
             "Luis Ferreira, photo editor",
             "Carla Dunmore, food and dining editor",
             "Nate Holloway, columnist",
             "Shonda Pettis, columnist",
             "Victor Amundsen, columnist",
             "Harold Greer, columnist/editor at large",
             "Ben Castillo, reporter",
             "Tess Marchand, reporter",
             "Dana Kowalczyk, reporter",
             "Owen Lacey, reporter",
             "Marisa Quint, reporter",
             "Jerome Tate, reporter",
             "Ella Fairbanks, reporter",
             "Reggie Moss, reporter",
             "Anil Chaudry, reporter",
             "Sam Breckner, reporter",
             "Farah Nasser, reporter",
             "Lena Voss, designer/copy editor",
             "Curtis Bell, designer/copy editor",
             "Ruth Ingram, designer/copy editor",
             "Miles Thornton, photographer",
             "Jada Pruitt, photographer/videographer",
             "Keith Marlow, video/podcast production",
             "Sofia Renn, editor, Northside Voice, in partnership",
             "Andre Kimble, Classroom Watch TX, in partnership",
             "A new daily news site named The Daily Riverton will go live this autumn, bringing together many of the best-known bylines in Riverton reporting under a nonprofit funding plan. Its backers want it to become the place residents turn to first, with journalism made in Riverton, about Riverton and for Riverton.",
             "After years of talks and months of quiet planning, the people behind The Daily Riverton laid out their plans on Tuesday, May 14.",
             "\"Everybody already knew, so let's make it official,\" said Martin Hale, publisher of the Riverton Daily Record, speaking at the Riverfront Convention Hall. Hale will lead the new site as president and executive editor.",
             "\"We will keep changing as we go,\" he said. \"What matters is that this belongs to Riverton.\"",
         ], appeals=[_REGISTER_LINK]),
    _doc("b136-newtonledgerstar-editorial-vote-top", "appeal", "top",
         "Invented; modelled on Covington News (ad-support line above a short editorial)", "en", [
             _NEWTON_ADS,
             "Our View: Make Your Voice Heard",
             "Among the foundations of our form of government is the promise that each of us may choose who will represent us.",
             "This paper's longtime publisher cast an early ballot this year for the first time, since he will be out of town on election day, and he reports it went smoothly.",
             "Whether you prefer to show up on election day itself or you used the convenient early voting offered this fall, what matters most to us is simply that you take part.",
             "Our county needs leaders with integrity, with grit and with the good sense to steer us through the years ahead. We are counting on you to bring those same traits with you when you head to the polls next Tuesday.",
         ], appeals=[_NEWTON_ADS]),
    _doc("b136-bryancountytimes-scouts-familyhouse-top", "appeal", "top",
         "Invented; modelled on Effingham Herald (ad-support line above a youth-club charity story with photo caption)", "en", [
             _BRYAN_ADS,
             "Scouts honored for helping Harbor Light Family House",
             "Bryan County Scouts who went to the Spring Jamboree included, front row, from left: Mason Tull, Kaylee Dorsey, Ava Lindgren, Jaden Moss and Reese Calder; and back row, Tanner Boyd and Eli Westbrook. - photo by Special to the Times",
             "Bryan County Scouts received an award at the state Spring Jamboree for their work on behalf of the Harbor Light Family House.",
             "Scouts from every fourth- and fifth-grade troop in the county gathered can tabs for the Family House. Bryan County troops finished second in the Coastal Region by bringing in 512 pounds in all.",
             "The Harbor Light Family House gives families of seriously ill children a place to stay near the hospital, offering a \u201csecond home\u201d for a small fee or none at all. Scouts across the state turned in 11,480 pounds of tabs this year, worth roughly $6,200.",
             "The tab drive started in 2004 when a handful of older Scouts pitched it to council leaders. Since that time, Scouts have brought in about $64,000 for Family Houses statewide from 108,900 pounds of tabs.",
             "Over 900 leaders, parents, older Scouts and younger members came together at Camp Pinewood near Millen for the yearly Spring Jamboree, a two-day gathering packed with service projects, skills sessions, games and campfire programs.",
             "The Scouts representing Bryan County were Tanner Boyd, Reese Calder, Kaylee Dorsey, Ava Lindgren, Jaden Moss, Mason Tull and Eli Westbrook.",
         ], appeals=[_BRYAN_ADS]),
    _doc("b136-lumpkinsentinel-editorial-givingseason-top", "appeal", "top",
         "Invented; modelled on Forsyth County News (ad-support line above a holiday-giving editorial)", "en", [
             _LUMPKIN_ADS,
             "The season to lend a hand is here",
             "Lumpkin County Sentinel",
             "Sooner than any of us expect, we will once again be caught up in the hurry and bustle of the holidays. Thanksgiving is almost upon us, and Christmas will follow hard on its heels.",
             "Whatever we may grumble, for most of us the holidays bring the joy of seeing family and old friends, sharing good company and letting the year wind quietly to a close. Even with the economy as shaky as it is, most people in Lumpkin County will spend the season comfortable and well provided for.",
             "Not everyone, though. Some of our neighbors will go through these weeks with no roof, no paycheck, nothing to feed their children, no warm coat, no medicine and no way to get around.",
             "Fortunately, this county has strong charities that make it their mission to help people who are struggling. We are a giving place, and there are people here who take great care to use that generosity wisely.",
             "Sadly, lean years hit those charities from two sides at once. When budgets shrink, gifts fall off just as the number of people asking for help climbs.",
             "We can already see it here, with some charities trimming their staff and others running short of the goods they usually hand out.",
             "Marla Tidwell, who runs the Open Table Center in Dahlonega, said requests for help there have jumped by about 35 percent since August. Other charities in the county describe the same surge.",
             "Happily this is a county that cares, and some people have already stepped up, such as the Kiwanis chapters that teamed up to refill the empty pantry shelves at the Open Table Center.",
         ], appeals=[_LUMPKIN_ADS]),
    _doc("b136-prairieradio-liveblog-morningbrief-top", "appeal", "top",
         "Invented; modelled on Iowa Public Radio (live-blog header, newsletter form sentence with required-field marker)", "en", [
             "Latest PRN Headlines \u2193",
             "Published October 6, 2023 at 7:30 AM CDT",
             "\U0001f4fb Keep up with breaking stories and the biggest news of the day in the feed below. Prairie Radio Network journalists add fresh updates all day long so you always know what matters most right now.",
             _PRAIRIE_DIGEST,
             "PRN Newsroom",
             "About 41,000 Nebraskans could lose school lunch support within weeks if Congress misses its deadline",
             "Posted October 6, 2023 at 2:48 PM CDT",
             "If lawmakers in Washington cannot agree on a spending deal, federal money could stop flowing next week. Nutrition programs for families with young children would be among the first things hit.",
             "On Wednesday, a federal nutrition official warned that families who rely on the summer and school meal programs might notice the gap almost at once.",
             "Those programs reach roughly 41,000 people in Nebraska.",
             "Rep. Dale Hargrove, who represents the state's 3rd District, called a lapse in funding \u201ca disaster we can avoid,\u201d but he told PRN that many in his caucus distrust giant spending packages. Twenty-six mayors and county officials from his district have signed a letter urging him to back a deal.",
             "\u201cWe're pressing our leaders to bring something to the floor while we keep working the phones with colleagues, so the government stays open,\u201d he said.",
             "Platte County Health Director Lorena Quist says food assistance will last a little while longer, but she worries about families who are already stretched. Her office has been fielding calls because this month's benefits came in lower than usual. If the money stops entirely, she says, kitchens across the county will feel it.",
         ], appeals=[_PRAIRIE_DIGEST]),
    _doc("b136-claybankweekly-editorsnote-renew-end", "appeal", "end",
         "Invented; modelled on The Blount Countian (editor's column, closing renew-and-advertise request with last line)", "en", [
             "Where does the paper go from here?",
             "Honestly, the simplest answer is \u201cNobody knows yet.\u201d",
             "Until then, what should you count on? That the paper will land in your mailbox, in the rack outside the diner or beside the register at the gas station next Thursday\u2026 and the Thursday after\u2026 and on it goes.",
             "We miss Walt, and we feel the hole he left every single day. Still, this staff knows how to put out a weekly paper. It may look different, and we will slip up now and then. Tell us what we get wrong and what we could do better.",
             "To be completely honest, I ADORE this work, but we don't put out the paper for our own sake, or even mainly for the businesses that buy ads. We put it out for you, our readers. A front page of ours from March 2016 said, \u201cNo readers, no paper.\u201d We still mean it, and we work hard to bring you something dependable and worth your time.",
             _CLAYBANK_RENEW,
         ], appeals=[_CLAYBANK_RENEW]),
    _doc("b136-copperfallsgazette-holiday-housead-end", "appeal", "end",
         "Invented; modelled on Iron Mountain Daily News (holiday support-your-paper house ad, closing block with price and button)", "en", [
             "Stand behind your hometown paper this holiday season",
             "Hometown news makes towns stronger.",
             "Study after study finds that towns with a newspaper of their own do better than towns without one.",
             "Where a paper folds, fewer people vote, public spending and graft rise, shops shut their doors, and fewer residents get involved.",
             "Where a paper survives, more people vote, spending and graft are held in check, shops do well, and more residents show up for council meetings and town events.",
             _COPPERFALLS_HOLIDAY,
         ], appeals=[_COPPERFALLS_HOLIDAY]),
    _doc("b136-birchwoodjournal-publisherletter-sponsor-end", "appeal", "end",
         "Invented; modelled on Antigo Times (publisher's letter in hard-wrapped print lines, sponsorship plea before the signature)", "en", [
             "From the Publisher: Why Sponsorship Matters",
             "Dear Reader,",
             "Most people in our area know how much it",
             "matters to stay on top of what is",
             "going on around them. They value",
             "reliable local news online the moment",
             "it breaks, plus fuller, deeper",
             "stories every week in the printed",
             "paper.",
             "The writers and editors at our",
             "member papers and news sites",
             "work hard to cover every school board session, village",
             "board vote, Friday night football game, and nearly",
             "everything else worth knowing about the comings and goings",
             "across our corner of the state. We do it so everyone",
             "has a clearer picture of what is going on, welcome or not, and",
             "so our towns never turn into a \u201cnews desert\u201d.",
         ] + _BIRCHWOOD_SPONSOR.split("\n") + [
             "Gerald T. Ames",
             "Publisher",
             "Author of \u201cNotes From the Press Room\u201d and \u201cA Lake Called Home\u201d",
         ], appeals=[_BIRCHWOOD_SPONSOR]),
]


# --- Probe 116: negatives -----------------------------------------------------------------------

PROBE116_NEGATIVES = [
    _neg("b136-kbaytv-foodbank-holiday-donations-neg",
         "Invented; modelled on KRON4 (TV station story about a food bank's donation slowdown, quoted pleas, volunteering)", "en", [
             "(KBAY) \u2014 A charity in the South Valley that feeds more than 1.5 million people a year now needs some help of its own as the holidays approach.",
             "\u201cWe're grabbing some carrots, some rice, some bread, a few hams. So many families out there are struggling. Helping them is what we do. None of it happens without the food bank,\u201d said Marcus Odell of Gilroy Hope Fellowship.",
             "That is exactly why leaders at the Harvest Valley Food Bank in Morgan Hill say they are worried this season: gifts have dropped off this year.",
             "\u201cWe could really use a hand,\u201d said Tanya Reyes of the Harvest Valley Food Bank.",
             "Food bank spokeswoman Tanya Reyes says the gifts that keep the food bank's mission going have unfortunately tapered off as the year winds down",
             "\u201cHarvest Valley Food Bank feeds about one in eight residents across our three counties,\u201d Reyes said. \u201cWe reach 145,000 people a month. Roughly a quarter of what we raise all year arrives between Thanksgiving and New Year's. That is why giving matters so much right now.\u201d",
             "Volunteers who give their time are always welcome too.",
             "Former middle school science teacher Joan Alvarez can vouch for that.",
             "She has been sorting food at the warehouse for the past eight years",
             "\u201cI've always known how lucky I am,\u201d Alvarez said. \u201cWhen life has treated you kindly, this is a wonderful way to return the favor. It's physical work. That's what I can offer right now, and it honestly lifts your spirits to be able to do it.\u201d",
             "More ways to pitch in:",
             "\u201cWe gladly take cash gifts on our website. That helps enormously. We need canned and boxed food too. Shoppers can leave food at collection bins in supermarkets all over the valley,\u201d Reyes said.",
         ]),
    _neg("b136-mesaweekly-publicmedia-funding-neg",
         "Invented; modelled on Alibi, Albuquerque (one-paragraph blog item on public-media funding fight, campaign site and phone number, glued sentences)", "en", [
             "Lawmakers in the House have advanced five measures that would eliminate federal funding for public broadcasting, NPR and PBS among them. Critics say those networks tilt left.An op-ed from Ramon Ortiz, station manager of KMSA, notes that the station has served the region for 47 years and reaches 480,000 homes. \u201cPublic broadcasting is the biggest source of early-learning programs in this state,\u201d he wrote. (Seriously. Mister Rogers. )A web campaign, keepitpublic.example.org, went up to make the case for public media. Each American chips in around $1.40 a year toward public broadcasting, the site says. And each month, 160 million people tune in to public radio or TV. The site lists ways to get involved. Send a prewritten note to your representatives, or phone the Capitol switchboard at (202) 555-0199.",
         ]),
    _neg("b136-northsidevoice-dailyriverton-launch-neg",
         "Invented; modelled on High Ground News (partner outlet's report on a rival nonprofit site's launch with its subscription price)", "en", [
             "The Daily Riverton, a nonprofit news website, will go live this autumn",
             "The Daily Riverton, a nonprofit newsroom staffed entirely by Riverton journalists, will open its doors this autumn. Founders and the first hires of the new site shared their plans on May 14 at a press event at the Riverfront Convention Hall.",
             "The site, which plans to cover sports, business, neighborhoods and city hall, will publish only on the web and will cost subscribers $8 a month.",
             "Northside Voice will team up with The Daily Riverton on stories about Riverton neighborhoods. Everything we publish will stay free to read at northsidevoice.example.org, and some of our stories will also run on the Daily Riverton's website, dailyriverton.example.com.",
             "As longtime reporters left the Riverton Sun-Dispatch one after another this spring, talk spread of a new news venture in the city. More hiring is still ahead, and The Daily Riverton already has 25 people on staff, among them Sun-Dispatch veterans Carla Dunmore, Nate Holloway, Shonda Pettis and Harold Greer.",
             "The Daily Riverton stands on its own, but it has close ties to the Riverton Daily Record. Martin Hale, who now publishes the Daily Record, will lead the new site as its president and top editor. The whole Daily Record newsroom, managing editor Dean Whitaker included, is moving over to The Daily Riverton.",
             "\u201cI want it to push everyone to do better. I want every other newsroom to see it as a rival in a healthy way,\u201d Hale said. \u201cThe chain that owns the Sun-Dispatch has cut so deep here ... I would love to see them answer the challenge,\u201d he said of the paper's Ohio-based owner, Meridian Media. Starting in 2017, Meridian moved the Sun-Dispatch's page design and copy desk to Columbus, where it also runs the Columbus Courier.",
         ]),
    _neg("b136-pinebluffpress-redbucket-drive-neg",
         "Invented; modelled on Laurel Leader-Call (charity kettle drive with goal, totals, quoted pleas and donation sites)", "en", [
             "Because of the pandemic, giving to the Harbor Mission's Red Bucket Drive looks different this year, with fewer buckets and bell ringers at store entrances and more ways to give online.",
             "Until Christmas Eve, gifts to the Red Bucket Drive can be made online at redbucket.example.org or at checkout counters at taking-part stores around town.",
             "The Harbor Mission opened the bucket season aiming for $75,000, and thanks to generous givers, it had collected $58,402.16 by Tuesday.",
             "\"We are deeply grateful for how this town has stood by us through such a hard year. We ask once more that you join us in #KeepTheBellsRinging,\" the Harbor Mission said in a statement.",
             "Taking part in #KeepTheBellsRinging lets people stand up for struggling neighbors by giving to the Harbor Mission's programs here at home \u2014 meals for the hungry, beds for the homeless, holiday help for families and much more. The Mission has rung bells beside red buckets every December for 95 years, and even though things look different now, the buckets still do real good in our town.",
             "\u201cBucket season is our biggest drive of the year. The meals and the shelter we offer depend on what comes in over these weeks. We are grateful to everyone who has given so far. Please help us finish strong for the people who need it,\u201d said Capt. Denise Harlan, director of the Harbor Mission in Pine Bluff.",
             "To give to the Harbor Mission, go to harbormission.example.org.",
             "To learn more about the bucket season and the Mission's work in Pine Bluff, call Harlan at 555-0163.",
         ]),
    _neg("b136-lakecountyherald-relay-suitcase-neg",
         "Invented; modelled on Citizen of East Alabama (cancer-walk fundraising season kickoff with reading-time line and byline)", "en", [
             "Pack Your Bags, Cancer: Walk of Hope opens its fundraising year",
             "Reading Time: 3 minutes",
             "By Carolyn Mott",
             "It is getting its suitcase ready. It is heading out of town. It is bound for Cureville, USA. The Lake County Walk of Hope opens its yearly fundraising drive under the banner \u201cPack Your Bags, Cancer: Next Stop Cureville.\u201d The launch is Feb. 2 at 11:30 a.m. at Grace Methodist Church on Lakeshore Drive.",
             "Walk chair Loretta Banks said organizers spent several months settling on the theme.",
             "\u201cThey pictured stuffing it into a suitcase and sending it off with a one-way bus ticket,\u201d Banks said.",
             "National cancer researchers project roughly 1.8 million new cancer diagnoses this year and more than 600,000 deaths. One recent analysis found that around four in ten new cancers in the country \u2013 well over 700,000 cases a year \u2013 might be prevented, with tobacco behind about a fifth and extra weight, too little exercise, heavy drinking and poor diet together behind a similar share.",
             "That is why so many people across Lake County care so deeply about the Walk of Hope and packing cancer's bags for it.",
             "\u201cRaising money always matters, but I also volunteer with a cancer advocacy network, and I have been lucky enough to sit in on research briefings and listen to survivors whose lives were saved by studies and new treatments. There is still no single cure for every kind of cancer, but we are gaining ground on them one by one,\u201d Banks said.",
             "Over the coming months, several events will help bring in money. Past events have included bass tournaments, a 5K, bake sales and more. Everything builds toward the main Walk of Hope night April 26 at 6 p.m. CT at Lakeside Park. Visit for details.",
         ]),
    _neg("b136-rutherfordcourier-saturday-edition-neg",
         "Invented; modelled on Daily News Journal, Murfreesboro (print-delivery change announcement with subscriber perks)", "en", [
             "From the newsroom",
             "As more readers move to phones and screens, the Rutherford Courier is changing how often the printed paper arrives \u2014 starting April 6.",
             "The Rutherford Courier will stop home delivery on Mondays and offer instead a complete digital copy of the paper, with local stories, ads, comics and puzzles.",
             "Under the new plan, subscribers will get a printed paper at their door six days a week and a digital edition every day.",
             "\u201cLocal reporting is still at the heart of what we do, but the way people get their news keeps changing. We have to change along with it,\u201d said Monica Ferrell, editor of the Rutherford Courier.",
             "\u201cA paper that once came only in print now reaches people through a website, an app, social media, video and podcasts.\u201d",
             "The Monday digital edition, or e-paper, will look and read just like the print paper.",
             "The digital version also lets readers save and send stories and make the type bigger or smaller.",
             "On top of that, subscribers will be able to read e-papers from every title in the Heartland News Group, plus play the group's daily crossword without ads. The same change is happening at papers across the group.",
             "Every print subscriber of the Rutherford Courier already has full online access to breaking news all day, stories reserved for subscribers, videos, podcasts and more. Subscribers can also read death notices, public notices and classifieds at any hour.",
             "The number of reporters, editors and sales staff at the Rutherford Courier will stay the same. The team will, however, shift more of its effort toward digital news.",
             "Delivery on the other six days will not change.",
         ]),
    _neg("b136-valleyvoiceblog-hopehouse-walkrun-neg",
         "Invented; modelled on Amherst Live (local blog urging readers to a charity walk/run for a student house facing cuts)", "en", [
             "Let\u2019s grow some future leaders!",
             "A quick word for the whole town\u2026",
             "The scoop: There is a house in town you might not have heard of. It\u2019s called Bridge House, over on Elm Terrace, and in a nutshell the people at Bridge House bring really bright teenagers from struggling school districts to live here, go to our high school and get involved in town life.",
             "The payoff: Our town wins because our kids get to know these hardworking, gifted students. Their hometowns win because Bridge House turns these teens into leaders. And in the end, those leaders make things better for everybody. A sitting state senator is a Bridge House grad. So is the novelist Marisol Grant. And so is Dr. Kevin Osei, who now advises the United Nations on clean water.",
             "The catch: Bridge House just lost roughly $15k in funding. The yearly budget runs about $90k, and they are hoping to bring in at least a quarter of that this Sunday at the annual Autumn Leaves Walk/Run. So far, sign-ups are way behind where they should be.",
             "Bottom line: Board chair Nadia Firth calls Bridge House \u201ca hands-on way for neighbors to chip away at inequality right where they live.\u201d That hands-on, close-to-home quality is exactly what we love about it here at Valley Voice. So we will be out there for the Walk/Run on Sunday. Runners check in from 8 a.m., walkers from 8:45. All the details here.",
             "Catch you there!",
         ]),
    _neg("b136-potomacgazette-closing-farewell-neg",
         "Invented; modelled on Alexandria News (closing outlet's farewell letter thanking donors and board, cut-off ending)", "en", [
             "To Our Readers:",
             "With 2019 coming to an end, has important news to pass along to our readers and to the town. After nine years of bringing you local, regional and national stories that matter to this city, we have concluded that the moment has arrived to close up shop and turn off our online presses. We did not reach this decision casually. We weighed it and studied it for most of the past year. In the end, our directors concluded that ending publication was the only realistic option.",
             "We are still very proud of what we built. Our staff wrote thousands of stories, and we ran thousands more sent in by residents and by city and county offices. We gave free ad space and other help to scores of charities.",
             "From day one, we held that good content counted. We were never a blog; we were a carefully edited paper that held itself to strict journalistic standards. Nothing made-up ever ran here.",
             "We also valued our independence above all. We took no side in any party fight. We held that every question merited careful, reasoned study, and that only through open public debate could residents and their leaders weigh the benefits of one path against another.",
             "Over time our small paper went from a few hundred monthly readers to more than 52,000. Nothing says more about the difference we made or the place we held in this city.",
             "When we appealed for gifts last spring, many readers responded. We are grateful to each of them for their kindness. We are grateful as well to our directors, who served as volunteers and offered wise and steady counsel.",
             "We are grateful to our writers and editors, who worked long hours for very little pay because they believed in what this paper stood for and were proud to be part of honest local news. Without them none of this would have reached you. They are the true heroes here and show that the drive",
         ]),
    _neg("b136-marietteobserver-anniversary-editorial-neg",
         "Invented; modelled on Herald-Star, Steubenville (anniversary editorial about the paper's history)", "en", [
             "The Observer remains a pillar of this town",
             "It may not cross your mind, but the paper in your hands today traces its roots back nearly two centuries.",
             "This week we celebrate 190 years as a newspaper published without interruption, among the oldest in the state.",
             "A great deal has changed, both here and in the news business, since Samuel Price and Josiah Webb printed the first Mariette Chronicle on Tuesday, April 12, 1831. Through several sales and mergers, their paper became the Observer shortly after the Civil War.",
             "Price and Webb could hardly have pictured what their paper would become. From the telegraph wire, which carried news faster than any horse; to rotary presses that could turn out thousands of copies in an hour; to the web, which lets reporters put their stories in front of readers around the globe the moment they are done; and to smartphones, which put the paper in your pocket, the Observer has grown and changed with the times, always working to carry the day's news from Front Street to you.",
             "That is a credit to the owners and editors over the years and to the many reporters, columnists, photographers, typesetters, ad sellers, pressroom crews, clerks, truck drivers and generations of newsboys and newsgirls who made this paper their life's work.",
             "We are the longest-running business in Washington County, and we have always defended the liberties a free press needs in order to keep a free country. We make sure voters know the facts before they cast a ballot, keep watch so officials do not trample the people who put them in office, and keep an eye out so that the town's rules are followed.",
         ]),
    _neg("b136-northmetrobeat-givingtuesday-haven-neg",
         "Invented; modelled on Appen Media (Giving Tuesday report with totals, matching gift and donation link)", "en", [
             "HALL COUNTY, Ga. \u2014 Backers of Haven House of Hall turned out in force on Giving Tuesday.",
             "The Gainesville charity, which helps people and families going through money trouble, collected over $64,000 in a single day. That sum includes $15,000 in matching money from a donor who asked not to be named.",
             "Aisha Brandt, who leads community outreach at Haven House, said the money gives a strong start to the charity's end-of-year fundraising drive.",
             "\u201cWe are so thankful for how generous this community has been,\u201d Brandt said.",
             "The push follows close behind the charity's effort to serve Thanksgiving dinners to 350 households.",
             "Besides restocking its pantry and clothing closet, the group is getting ready for its fifth yearly Toy Shop, which gives presents to children in families facing financial strain. Brandt said more than 1,500 children have already been signed up to receive toys.",
             "\u201cFamilies who qualify get to come in and shop, spending points on the toys they want to bring home to their children,\u201d Brandt said.",
             "Until Dec. 11, new toys can be left at drop-off spots across Hall County, and the shop opens Dec. 15. Toys that come in after the deadline will be saved for families later on.",
             "To find out more and to give, go to havenhouse.example.org/toyshop.",
             "The mood was quieter at Cedar Point Retreat on Giving Tuesday.",
             "Staff had learned the previous day that longtime camp director Harold Jessup had died, and chose not to make their usual calls asking for gifts.",
             "\u201cIt was a really hard day for all of us, since we had already emailed everyone on our list and put a post up on social media,\u201d said Claire Ridley, the charity's fundraising coordinator.",
         ]),
    _neg("b136-stmaryssentinel-publicservice-covid-neg",
         "Invented; modelled on Calvert Recorder (photo caption story, then a publisher's free public-service coronavirus note with signature)", "en", [
             "On Thursday, volunteers from the Hollywood Volunteer Rescue Squad and members of the Hollywood Civic League worked together on a holiday display at the Three Notch Road \u2014 Sotterley Road crossing. A rescue squad bucket truck lifted a volunteer up so brackets for banners could be fixed to a tall light pole. A civic league member said the banners will hang ahead of and during holidays such as Veterans Day.",
             "Our Coronavirus Coverage",
             "To our readers,",
             "As worry over the new coronavirus grows and its effects spread, everyone at your hometown paper and at Tidewater Media Group is committed to bringing our readers the newest and most useful information.",
             "In a time like no other, it is vital that everyone can get local, accurate information from a source they trust.",
             "Because we believe it is our job to keep our readers informed of the latest developments and notices, starting today every local story, public notice and announcement about the coronavirus will be free to read on our sites as a public service.",
             "If you have a question or want to send us information, please send it along and our newsrooms will do everything we can to help you find answers.",
             "Every day, we are thankful for the work of our staff, the backing of our readers and the faith that our readers and advertisers place in us.",
             "Stay well.",
             "Frank Delacroix",
             "President and Publisher",
         ]),
]


BATCH136_DOCUMENTS = PROBE116_APPEALS + PROBE116_NEGATIVES
