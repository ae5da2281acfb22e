"""Batch 154: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (11 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 134 (22 documents). Each keeps the real page's structure (headline, byline and
outlet lines, a newspaper editorial's two-line body, a morning-greeting digest with its date line,
double spaces and trailing spaces, a pop-culture story whose caption, newsletter note, subhead and
"Read more at" line are glued into one line, a city-news digest with its "***" separator, radar
heading, context link, byline and "More on" teaser, a print-edition scrape with a "See ... on page 5"
jump glued to the paragraph and a page-header line, a publisher's letter whose OCR dropped ligatures
("o er", "nd", "a ord") and a leading "Th", with its sentences out of order and a price sentence cut
off mid-way, a photo-caption first paragraph, a repeated fair-date line, a members-only stub ending in
"…" and a log-in form, a glued "Election day 2022:" link line, a starred newsletter line under a
headline) and exactly what the real gold marks: a one-line sale offer inside an article (with the
real page's missing-name glitch "access to for"); a "support local news" heading and plea after an
editorial; a columnist's billboard subscribe plea inside the greeting line (the greeting itself stays
text); a newsletter-preview note glued between a photo credit and a subhead; a daily-newsletter
sign-up line under a digest teaser; a free email news sign-up line between a print page's jump line
and page header; a glued "Subscribe to ...:6 reasons" link line in an editor's anniversary note; a
"consider a gift instead" line after a price-rise letter; a subscribe-and-activate pair of sentences
after a photo caption; a subscribers-only notice with its log-in prompt and button; a starred
newsletter sign-up line under a headline. Negatives keep what makes the real ones hard: police
officers' holiday toy drive with drop-off times, a TV station's food-bank drive with a text-to-give
number and its "Ways to Give" heading, a giving-day results story with totals and a URL, a community
foundation's livestream and grant winners, a foundation's surprise checks to nonprofits, a public
radio station's record bequest, two campaign-finance stories about donations, a TV editorial pointing
viewers to its disaster-giving page, a trade story on public radio pledge drives after grant cuts, a
ballot-amendment spending story about donors.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the builder takes each text as it
stands, locates every gold appeal substring in it (asserted unique) and writes the batch fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 134: appeal documents ----------------------------------------------------------------

_PORTHARMON_SALE = "FALL KICKOFF SALE: Enjoy full digital access to for just $2 for 6 months"

_ELMVALE_PLEA = "\n".join([
    "Keep Hometown Reporting Alive!",
    "Honest community newspapers depend on their neighbors more than ever, and that means your Elm Vale News-Gazette too. For over 27 years, the News-Gazette has kept this town informed and talking. We simply cannot carry on without help from the people who read us. Yes, we mean YOU! Please pitch in during these difficult days and back the paper you are holding right now!",
])

_HOOSAC_BILLBOARD = (
    "I have to confess I spotted my own face on an enormous billboard along Route 9 on Monday. Quite a "
    "few of us Heralders are up there together. We are asking you to subscribe to The Herald, so we can "
    "keep telling the stories of life here in Hoosac County.  We also keep a close eye on mayors and "
    "selectboards; that, in the end, helps keep your tax bill in check. Lend us a hand so we can lend "
    "you one."
)

_PRISM_FIXATED = (
    "This is an excerpt from Fixated, The Daily Prism’s weekly pop culture newsletter, by chief TV "
    "critic Dana Whitcombe. To get the complete newsletter delivered to your inbox every week, "
    "subscribe to it here."
)

_METROGRID_DAILY = (
    "Stay on top of the most urgent, surprising, and useful urban news every day. Subscribe to the "
    "MetroGrid Daily newsletter here."
)

_WESTSIDE_EMAIL = (
    "Get the neighborhood's news sent straight to your inbox. Register for FREE at "
    "WestsideWeekly.example.com"
)

_CAPITALSTAR_LINK = (
    "Subscribe to the Capital Star:6 reasons a subscription is worth it and how it funds our "
    "award-winning reporting"
)

_FRONTRANGE_GIFT = (
    "If a subscription isn’t for you, please consider a gift at give.example.org/frcn, or scan the "
    "QR code above."
)

_ORCHARD_SUBSCRIBE = (
    "We hope you'll subscribe and keep up with our coverage at OrchardCountyRecord.example.com. If you "
    "already get the paper in print, activate your digital access to get the most out of breaking news "
    "online."
)

_PLATTE_WALL = "\n".join([
    "The full text of this story is reserved for subscribers.",
    "Please sign in to keep reading",
    "Sign in",
])

_HIGHPLAINS_NEWSLETTER = "**For Everything High Plains, Subscribe To Our Morning Newsletter***"


PROBE134_APPEALS = [
    _doc("b154-portharmoncourier-lobbyportal-middle", "appeal", "middle",
         "Invented; modelled on The Courier-Journal (Louisville) (article with a one-line sale offer mid-story)", "en", [
             "State's new lobbying disclosure portal hit by yet another round of delays",
             "Marla Trevino",
             "Port Harmon Courier-Times",
             "When lawmakers voted in 2021 to make lobbyists and their employers submit every expense report online, legislative leaders said the point was to let some sunlight in.",
             "Under the plan, residents would see within days which firms were courting which officials.",
             "The requirement took effect in January, yet the portal has so far come nowhere near that promise. ",
             "To cite one example, spring expense filings lodged with the State Ethics Board could not be viewed by the public until the week the legislative session adjourned.",
             "Dozens of lobbying firms are also now six weeks behind on their quarterly reports, because the portal still cannot accept or display their filings.",
             "And although the glitches with individual lobbyists' spring reports seem to have been solved ahead of the fall veto session, a tool for searching gifts to lawmakers by recipient and date remains offline for all of 2024.",
             _PORTHARMON_SALE,
             "The setbacks undercut the board's core job — telling the public promptly who is trying to sway the people who write the laws. They also make a sudden surge of spending by industry groups much harder to spot.",
             "Renee Olafsen, who directs the State Ethics Board, told a legislative oversight panel in mid-August that she was frustrated with the pace of the work.",
             "She said the software vendor hired by the state had hit a string of problems it had not anticipated while building the portal.",
             "Although the vendor, Harmon Falls-based Keystone Civic Software, has spent nearly four years on the project, Olafsen told the panel, the portal \"is still being assembled piece by piece.\"",
         ], appeals=[_PORTHARMON_SALE]),
    _doc("b154-elmvalenewsgazette-towncommons-end", "appeal", "end",
         "Invented; modelled on Falls Church News-Press (editorial followed by a support-local-news heading and plea)", "en", [
             "Editorial: Elm Vale",
             "This is Elm Vale's moment to shine. In the eight weeks ahead, the Town Board will accomplish something of regional and even national note. It will approve the building of a new Town Commons, turning into reality plans that earlier boards could only sketch and shelve. The first Town Commons design, on the very same parcel, was drafted 28 years ago. Today's outline was first sketched six years back, and the version now before the board started to firm up roughly three years ago.",
             _ELMVALE_PLEA,
         ], appeals=[_ELMVALE_PLEA]),
    _doc("b154-hoosacherald-morninghello-billboard-top", "appeal", "top",
         "Invented; modelled on The Berkshire Eagle (morning greeting digest, columnist's billboard subscribe plea in the greeting line)", "en", [
             "The Morning Hello",
             "Tuesday, March 12, 2019",
             "Good morning, folks of the 802. " + _HOOSAC_BILLBOARD,
             "Folks in North Ashby are worried about layoffs and the conversion of the town's only hardware store into something else. The chain's managers haven't said what will happen to the Main Street building.",
             "One of the men charged in the Pelham Pond break-ins now faces an extra count: obstruction of justice. Our own Rita Kowalczyk walks you through the case.",
             "And while we're on Kowalczyk, she's also filed a fresh \"Board Game Night\" column for the tabletop crowd. This week she explains \"meeples,\" which in the hobby means the little wooden player pieces. Dig in.",
             "The director of a regional food-rescue charity spoke to a full room in Quarry Hill, Vt. Never heard of Quarry Hill? Head east over the state line, take Route 7A south and keep going until there's nothing around you but maples and pastures and ridges. That's Quarry Hill.  Its name comes from an old marble pit, long since flooded. And that, readers, is all the geology lesson you'll get from me.",
             "Our Scam Alert columnist Norma Pettibone hands out her decidedly unwelcome prizes: The Swindlies. They go to the most common cons of 2018, as ranked by the regional Better Business Office. ",
             "Our hardworking state representative, Luis Ferreira, has filed a bill seeking more money for small-town libraries.  Should it reach the governor, The Herald will let you know.",
             "Also, if it slipped past you, read this essay by Corinne Ash, a birthday letter to her late mother. ",
             "Please enjoy a few more real stories from Hoosac County:",
             "THE GEARS OF TIME: The Hoosac Science Center is displaying replicas of antique clocks and the tools used to build them. ",
         ], appeals=[_HOOSAC_BILLBOARD]),
    _doc("b154-dailyprism-fixated-newsletter-top", "appeal", "top",
         "Invented; modelled on The Daily Beast (glued caption, newsletter-preview note, subhead and read-more line)", "en", [
             "Don’t Let Harlan Voss Slide for the Birthday Yacht Stunt That Snubbed Everyone Else",
             "Photo Illustration by The Daily Prism/Instagram" + _PRISM_FIXATED + "We Are Done Making Excuses for Harlan VossThe news cycle right now behaves like my dog when the mail carrier shows up. It's frantic, and it is exhausting to witness. So it's worth reminding everyone about a mess that broke earlier this week, before it gets buried under the next avalanche of pointless noise.Read more at The Daily Prism.",
         ], appeals=[_PRISM_FIXATED]),
    _doc("b154-metrogrid-daily-newsletter-top", "appeal", "top",
         "Invented; modelled on CityLab (daily digest, newsletter sign-up line under the teaser)", "en", [
             "Also: How Riverton’s school board race turned into the rideshare election, and how towns can help residents cope mentally with floods.",
             _METROGRID_DAILY,
             "***",
             "On Our Radar",
             "Knock knock: Evelyn Marsh, the former governor of Lakeshore, may still jump into the 2020 Senate race. The Harbor Gazette reports that Marsh has sent aides to collect petition signatures in three counties ahead of Thursday’s filing cutoff, a sign that the retired executive could get in after all.",
             "For a hint about Marsh’s thinking, radio host Paul Ferrante asked her at MetroGrid Live only last week whether she had fully ruled out a run after saying in April that she would sit it out. “I never said that. A few months have passed and nothing has really moved,” Marsh said.",
             "She went on to describe her frustration with the current field: “I worry about who is running and how they’re running, the pledges they can’t keep and the refusal to be honest about what can and can’t get done,” Marsh said. “That’s no way to steer a ship. The state is in serious shape. We need someone who can bring people back together.” Ferrante answered, “That sounds like a maybe to me.”",
             "You can see the whole interview here.",
             "MetroGrid context: Why Governors Keep Coming Back",
             "Tomás Reyes",
             "More on MetroGrid",
             "How Riverton’s School Board Race Turned Into the Rideshare Election",
             "A rideshare company gave over $800,000 to a pro-business committee in Riverton’s school board races. But it wasn’t the largest tech outlay in local contests.",
             "Naomi Fisk",
         ], appeals=[_METROGRID_DAILY]),
    _doc("b154-westsideweekly-heritagemonth-emailnews-middle", "appeal", "middle",
         "Invented; modelled on Austin Weekly News (Chicago) (print-page scrape: jump line, email news sign-up, page header)", "en", [
             "Grace Chapel marks heritage month with a weekend of music and markets",
             "The congregation, turning 125 this year, plans two days of events",
             "By MARCUS ELLWOOD Contributing Reporter",
             "Forest Glen’s Grace Chapel A.M.E. is getting ready for a lively, culture-packed Black History Month weekend that doubles as a celebration of its 125th year. “This is about honoring who we are,” said Loretta Banks, a longtime congregant who organized the weekend. “There are three parts to it. We’ll lift up the talents of our children through music and poetry. We’ll lift up small business…the Black-owned and minority-owned vendors right here in our neighborhood. And we’ll talk about wellness, especially why our community needs more attention on See HERITAGE on page 5",
             _WESTSIDE_EMAIL,
             "2 Westside Weekly, February 7, 2024",
             "City and county trade barbs over shelter funding as winter deepens Council members float plans to ease strain on warming centers",
             "By RENATA COLE Metro Bureau",
             "Friction flared again this week between County Executive Dana Whitfield’s office and Mayor Leon Hartley over who should pay to keep overnight warming centers open as temperatures sink. The latest exchange followed the city’s decision to change course on its cold-weather plan: rather than opening more centers or adding cots to the current ones, it will focus on moving people out of the centers and into longer-term housing.",
         ], appeals=[_WESTSIDE_EMAIL]),
    _doc("b154-capitalstar-centennial-subscribelink-middle", "appeal", "middle",
         "Invented; modelled on IndyStar (The Indianapolis Star) (editor's anniversary note with a glued subscribe link line)", "en", [
             "From the executive editor: After 100 years, The Capital Star still belongs to Harbor City",
             "This spring, The Harbor City Capital Star hit a landmark in its story: April 14 was the 100th anniversary of the first edition ever to roll off our presses.",
             "Amid the rush of the daily news cycle, it’s easy to overlook just how rare this kind of staying power is for a newsroom and the people in it. It is a real achievement, especially while local journalism keeps running into obstacles of every sort, from budgets to politics.",
             "Capital Star reporters work to keep local government honest, their neighbors in the know and officials answerable. More than anything, they speak up for this region — because Harbor City is where they live, too, and they want it and the people around them to flourish.",
             _CAPITALSTAR_LINK,
             "We put out the Capital Star Community Impact Report not to pat ourselves on the back, but to honor the many ways people here look out for one another each day, big and small.",
             "The breadth of stories in this report shows what strong local journalism can accomplish. Investigations into unsafe day care centers, a botched school bus contract and a developer’s undisclosed gifts to planning commissioners are among the important stories we ran this year.",
             "Yet the report also highlights what Capital Star reporters do best: capturing how we share this place. It includes neighbors raising funds for a wheelchair van for a teenage girl with a rare illness, campaigns to rewrite rules on school suspensions and lead pipes, and readers giving many thousands of dollars to after-school programs.",
             "This is a tribute not to what our staff has achieved, but to the generosity of the people of Harbor City.",
         ], appeals=[_CAPITALSTAR_LINK]),
    _doc("b154-frontrangecommunity-pricerise-gift-end", "appeal", "end",
         "Invented; modelled on Colorado Community Media (OCR'd publisher's price-rise letter, consider-a-gift line)", "en", [
             "A note to readers",
             "BY GRANT HOLLOWAY PUBLISHER",
             "If you’ve followed the newspaper business at all over the last ten years, you know it has been hard going. What you may not realize is that local papers across the country are shutting down at a pace of more than two every week.",
             "e reporting our staff does remains as vital as ever for our communities. We’re committed to keeping your town boards and school districts honest and to telling you about the shops and groups that make your hometown such a good place to call home.",
             "Still, the truth is that everything needed to bring a paper to your doorstep — the paper stock, the ink, the fuel for delivery trucks — has shot up in price.",
             "year. (We’ll still o er a reduced rate to readers 65 and up.)",
             "At under $1.75 a week, we think that remains a fair price for news you usually won’t nd elsewhere.",
             "So although it goes against our instincts to make local news harder to a ord, we’ve reached the point where we have to raise our rates. Starting April 1, subscribing to any of our paid papers, including all-access digital, will cost $89 per",
             _FRONTRANGE_GIFT,
             "Community journalism belongs to all of us. These new rates are how we’ll keep doing more for our towns in 2023. Thank you for standing with us.",
         ], appeals=[_FRONTRANGE_GIFT]),
    _doc("b154-orchardcountyrecord-fairbooth-top", "appeal", "top",
         "Invented; modelled on The Daily Record (Wooster, Ohio) (photo caption ending in a subscribe-and-activate pitch)", "en", [
             "Record retires its county fair booth, but not its commitment to hometown news",
             "Harold Bjornstad",
             "The Orchard County Record",
             "A drone photo of the 2016 Orchard County Fair. The Record will cover this year's fair with articles, photo galleries and clips. " + _ORCHARD_SUBSCRIBE,
             "If you’ve taken the Record at any point in the last 30 years, odds are you have a shelf of mugs with a red barn on them — or at least a few.",
             "For about three decades, this paper staffed a booth at the Orchard County Fair every summer and gave out mugs to people who renewed their subscriptions or signed up as brand-new readers.",
             "It was a popular giveaway that has simply reached its end, much like the free calendars that hardware stores used to hand out every December.",
             "Had someone told you 30 years ago that you’d pay bills from your phone, and that the same phone would let you read the paper and get breaking news alerts in seconds, you probably would have laughed.",
             "And yet, here we are.",
             "The Orchard County Fair opens Aug. 27.",
             "The Orchard County Fair opens Aug. 27 and plenty of people can't wait. ",
             "If you didn't see the fair guide in Saturday's paper, every story is available online.",
             "The fair brings us together as neighbors and shows off the county’s deep roots in farming. It lets young people in FFA show the livestock they’ve tended since last fall. It lets us feast on funnel cakes, pulled pork and kettle corn, chased with cold apple cider. It lets us try our luck at games we almost never win, and brag when we do.",
         ], appeals=[_ORCHARD_SUBSCRIBE]),
    _doc("b154-platteriverherald-pressweek-subscriberwall-end", "appeal", "end",
         "Invented; modelled on Burt County News (burtcountynews.net) (teaser cut with \"…\", subscribers-only notice and log-in button)", "en", [
             "Monday kicks off Hometown Press Week.",
             "Posted 10/2/23",
             "Hometown Press Week exists to remind readers everywhere why a local paper matters to the place it serves. It also honors the work of the reporters, carriers and printers who …",
             _PLATTE_WALL,
         ], appeals=[_PLATTE_WALL]),
    _doc("b154-highplainsdaily-soccertreasurer-top", "appeal", "top",
         "Invented; modelled on Cowboy State Daily (starred newsletter sign-up line under the headline)", "en", [
             "Red Butte Father ‘Outraged’ That Youth Soccer Treasurer Who Took $24k Gets Just 45 Days Behind Bars",
             _HIGHPLAINS_NEWSLETTER,
             "By Wes Harlan, High Plains Daily",
             "A Red Butte father and former Red Butte Youth Soccer board member says he is “outraged” by the 45-day jail term recommended for the club’s former treasurer, who was caught taking nearly $24,000 from the organization.",
             "Dale Whitacre told High Plains Daily on Tuesday that he believes Kurt Mandel should go to prison or be made to repay the money by doing visible community service.",
             "“The minute we realized what was happening, we reported it,” Whitacre said, adding that he was speaking for himself, not on behalf of the board. “Everybody was furious, because we trusted him. He was one of us.”",
             "Mandel pleaded guilty to a single count of felony theft under a plea deal on May 9. A second theft count was dropped. Prosecutors recommended a suspended term of three to five years in prison, four years of supervised probation and 45 days in jail.",
             "The plea deal also orders Mandel to repay $1,840.50 in restitution to Red Butte Youth Soccer.",
             "In 2021, Mandel was found to have taken close to $24,000 from the club between 2020 and 2021.",
             "According to court records, club president Angela Ruiz contacted police in May 2021 after spotting odd charges on the club’s bank statements.",
             "At that point, three board members held cards linked to the account, which were supposed to be used only for club expenses and never for personal purchases.",
             "Whitacre said he was disgusted that Mandel would put himself in a spot where he not only wrecked his standing in town but also dragged his family through such an ordeal.",
         ], appeals=[_HIGHPLAINS_NEWSLETTER]),
]


# --- Probe 134: negatives ----------------------------------------------------------------------

PROBE134_NEGATIVES = [
    _neg("b154-sanlorenzoleader-holidayhelpers-toydrive-neg",
         "Invented; modelled on Hollister Free Lance (police holiday toy drive with a charity, drop-off days and hours)", "en", [
             "The push to make the holidays a bit merrier for low-income children in Alder County is underway.",
             "Officers from the San Lorenzo Police Department and the Alder County Sheriff’s Office began gathering gifts for children in need on Dec. 1. Working with the Good Neighbor Mission, the Holiday Helpers program hands out the gifts to families before the holidays.",
             "The effort lasts until Dec. 20, and officers are asking for “brand-new toys still in the box,” said Carla Medina, a patrol sergeant with SLPD who is organizing the drive alongside deputy Owen Park.",
             "Last year, Holiday Helpers delivered gifts to more than 1,100 children. The program serves kids from newborns up to age 13. The greatest shortage is for children 11 to 13, Medina said.",
             "“The little ones tend to be well covered, but we always run low for babies and for the preteens,” she said.",
             "Each weekend until Dec. 20, officers and deputies will stand outside ValueMart and the Fresh Fields market from 9 a.m. to 3 p.m. accepting gifts.",
             "Favorite gifts include art kits, remote-control cars, plush toys and puzzles, Medina said.",
             "After the gifts come in, volunteers sort them into a bundle for each household and drive them to the Good Neighbor Mission. The mission then hands them out together with groceries and winter coats before the holidays.",
             "“This is how we do our share with the mission,” Medina said. “Anyone who wears a badge signed up to serve people. This is a chance for us to return the favor to the town.”",
         ]),
    _neg("b154-kbay9-fillsthepantry-fooddrive-neg",
         "Invented; modelled on KHOU 11 (Houston) (station's food-bank drive with a ways-to-give heading and text-to-give number)", "en", [
             "BAYPORT — Back-to-school season should be an exciting time for families. But for children who rely on free school meals, the weeks before classes resume can mean empty cupboards. About one in five Gulf Bend children are at risk of going hungry during the summer because they lack steady access to healthy food. KBAY 9 is partnering with the Gulf Bend Food Bank to help close that gap through our KBAY 9 Fills the Pantry Food Drive. The drive is sponsored by Coastline Energy and Bayou Roofing & Solar. Over the four-week drive, the target is to gather enough food and cash gifts to supply 150,000 meals for children across the region.",
             "Ways to Give",
             "From June 24 through July 19, you can drop off canned and boxed food in the food bank’s green bins at more than 180 grocery stores in the area. Every green bin is matched with a nearby food pantry, so what you leave at your neighborhood store stays with your neighbors. Food is wonderful, but cash gifts stretch even further! Roughly one pound of donated food covers one meal, while every $1 given can cover FOUR full meals! Click here to give online or text FILLPANTRY to 55123. On Saturday, July 13 we want to pack a 30-foot trailer full of food! Stop by our studios at 4410 Harborview Drive, Bayport, anytime from 7 a.m. to 6 p.m. that day with nonperishable food or a cash gift.",
             "For the length of the KBAY 9 Fills the Pantry Food Drive, Sugar Reef Bakery will give 15 percent of its pie sales to the Gulf Bend Food Bank. You can help neighbors facing hunger by grabbing a tasty dessert from this hometown shop.",
             "Thanks for joining us in standing up for Bayport by standing up to hunger!",
         ]),
    _neg("b154-tuleridgeobserver-valleygivesday-results-neg",
         "Invented; modelled on Corning Observer (Appeal-Democrat) (giving-day results with totals, pledged volunteer hours and a URL)", "en", [
             "The 164 nonprofits taking part across Tule, Alder and Modoc counties brought in a record $987,402 in online gifts for their causes during the Nov. 30 Valley Gives Day campaign.",
             "Nine nonprofits in Tule County received gifts, led by the Tule County Animal Rescue League with $4,120. Countywide gifts totaled $21,775.",
             "“Our local nonprofits deliver vital services and opportunities that lift up the whole valley. We’re grateful for everything they do and proud to celebrate their success on Valley Gives Day,” said Roberta Lindqvist, who leads grantmaking at the Upper Valley Community Trust. “Alongside our sponsors and partners, the Trust created the opportunity to give, but it’s the effort and generosity of our neighbors that turn this day into something inspiring every year.”",
             "In this fifth year of running the online campaign for eligible local nonprofits, the Trust added a new option that let donors pledge hours of volunteer service to the groups taking part.",
             "“With more than 7,400 gifts made on November 30th, donors also pledged a combined 15,260 hours (worth more than $450,000) of volunteer service to the participating groups,” Lindqvist said. “At a time when volunteers are badly needed, this is great news for a lot of nonprofits heading into next year.”",
             "Next year’s Valley Gives Day is set once more for the Tuesday following Thanksgiving, Nov. 29, 2022.",
             "For full results from this year’s campaign, visit www.valleygives.example.org.",
         ]),
    _neg("b154-lakelandstar-givingtuesday-livestream-grants-neg",
         "Invented; modelled on KPC News (The Star, Auburn, Ind.) (foundation featured on a giving-day livestream, fundraising winners and grants)", "en", [
             "KENDALLVILLE — Noble Ridge County was one of many places worldwide highlighted on the official GivingTuesday livestream.",
             "Tuesday’s broadcast was hosted by morning-show correspondent Lena Okafor and featured shout-outs from communities joining the worldwide day of generosity, along with tales of kindness from across the globe, guest appearances and ordinary heroes explaining why they give back.",
             "“It’s Giving Tuesday at the Noble Ridge Community Foundation in Indiana,” the foundation’s program assistant, Brynn Caldwell, said during the broadcast.",
             "The foundation took part in Giving Tuesday Noble Ridge to raise money for local groups.",
             "From mid-October through Nov. 20, groups holding endowment funds at the foundation could raise money, and the top fundraisers earned unrestricted grants.",
             "First place, and a $4,000 grant, went to Ridge Valley Youth Mentors, which raised $18,350.",
             "Harvest Table Food Pantry raised the second-largest total — $9,870 — and earned a $2,500 grant.",
             "Third place went to the Noble Ridge Literacy Council, which raised $5,210 and earned a $1,500 grant.",
             "“Giving Tuesday is a worldwide movement, and we were thrilled to join it,” the foundation said.",
             "“We are so proud of every group that took part in Giving Tuesday Noble Ridge this year. We also want to send a huge thank-you to the donors who made the effort such a success.”",
             "A recording of the broadcast is posted on the foundation’s Facebook page.",
         ]),
    _neg("b154-riverbendjournal-givebig-surprisechecks-neg",
         "Invented; modelled on The Journal Gazette (Fort Wayne) (foundation's surprise checks to nonprofits after a giving challenge)", "en", [
             "Darnell Okoro of Three Rivers Meals on Wheels could hardly believe his group was among the winners of the Allen Valley Community Foundation’s #GiveBigAV Challenge.",
             "“Stop it! Stop it! For real?” Okoro shouted before foundation staff promised him it was no joke. “Come here, fist bump!”",
             "Okoro said the $4,000 check will pay for roughly 6,000 delivered meals. Clips of the Allen Valley Community Foundation surprising five area nonprofits with $4,000 checks were posted to the foundation’s Instagram account Tuesday. Giving Tuesday is the nationwide day of charity that comes after the Black Friday and Cyber Monday shopping rush.",
             "“Each year, the Allen Valley Community Foundation invites every nonprofit holding an endowment fund with us to join the #GiveBigAV Challenge,” a press release said. “The foundation asks residents to give to those endowments so the groups can stay strong for decades to come.”",
             "The winners are the groups that raised the largest sums within each of the foundation’s giving categories: Riverside Playhouse, arts; Three Rivers Meals on Wheels, human services; Allen Valley Trails Alliance, community development; Lakeview Adult Literacy, education; and Wild Acres Nature Center, environment.",
             "The money carries no restrictions, and each group may spend it as it chooses. The Allen Valley Community Foundation brought in $22,450 through the challenge.",
         ]),
    _neg("b154-bayoupulse-publicradio-bequest-neg",
         "Invented; modelled on CultureMap Houston (public radio station's record bequest, teaser cut with \"…\")", "en", [
             "Retired teachers leave record bequest to Gulf Coast Public Radio",
             "At a moment when newsrooms around the country are cutting back, public broadcasters above all, a cherished Galveston Bay station has just landed the biggest single gift in its history. Gulf Coast Public Radio has been left a $6.5 million estate gift by two retired schoolteachers to “sustain independent news and music programming for every listener along the coast,” the station said. The money will go straight to the station’s reporting and local shows…",
         ]),
    _neg("b154-hancockvilletribune-prosecutorrace-financereports-neg",
         "Invented; modelled on Greenfield Daily Reporter (campaign finance reports, contributions and fundraising breakfasts)", "en", [
             "Finance filings reveal heavy spending in local races",
             "HANCOCKVILLE — Republican primaries for county prosecutor, county council and coroner have drawn some of the heaviest spending by candidates, according to campaign finance reports filed in recent days.",
             "Candidates’ committees had until April 22 to submit reports showing how much their campaigns took in and paid out between Jan. 1 and mid-April. The reports also let residents see who is bankrolling each candidate and where the money is going. Contributions may come from many places, including individual donors, businesses and Political Action Committees.",
             "The four-way Republican contest for prosecutor has seen the biggest outlays, with Karen Doyle outspending every other campaign at almost $24,000 so far this year. Her campaign also raised the most, reporting nearly $29,000 in contributions. ",
             "Doyle said the outpouring of backing during this campaign has been humbling.",
             "“I’ve been really lucky. So many people have been willing to stand behind me,” she said. “I just hope it all translates into votes.”",
             "Doyle said she leaned on her years running charity pancake breakfasts this spring. A large share of her fundraising came from supporters attending breakfasts, with the ticket sales going to her campaign.",
             "One of Doyle’s rivals, Tim Cardenas, spent $15,200 during the period while raising $13,900. The two remaining candidates, Paul Hendry and Paula Hendricks, spent $6,100 and $2,400, respectively. No Democrat has entered the race. Altogether, more than $47,000 has been spent on the prosecutor’s race alone.",
             "Brandt County GOP Chairman Earl Whitmore said the spending comes as no surprise given how much is at stake in the prosecutor’s race.",
         ]),
    _neg("b154-limestoneledger-candidates-fundraising-neg",
         "Invented; modelled on The Herald-Times (Bloomington, Ind.) (candidate fundraising totals with a glued related-link line)", "en", [
             "Area candidates collect close to $210K; heavy fundraising in races for prosecutor, library levy",
             "Limestone County candidates for local office have raised roughly $210,000 this year for mailers, billboards and other campaign costs — although most of that total came from only five candidates.",
             "Candidates recently submitted pre-election finance reports, which tell voters how much each campaign has raised, who gave it and what it is being spent on.",
             "“Money shapes who wins,” said Priya Raghavan, assistant professor of political science at Limestone State University. Raghavan studies campaign finance and voting behavior.",
             "Studies broadly suggest a link between spending and votes, Raghavan said, though how strong that link is remains murky. For instance, research shows a candidate who spends $50 million will likely beat one who spends zero, but it’s far less certain that spending $60 million instead of $50 million changes much.",
             "Election day 2022:Your guide to every race on the Limestone County, Indiana, ballot this November",
             "Still, Raghavan said, “The evidence pretty clearly shows money matters to some degree.”",
             "The latest local finance reports point to a close race — financially, anyway — for Limestone County prosecutor, but lopsided contests for coroner and county council, with incumbent Councilman Doug Ferris far behind his challenger in fundraising.",
             "Mara Quintero, a Democrat running for Limestone County prosecutor, has raised about $19,000 so far this year. Her opponent, Republican Glenn Hayward, has brought in $17,500. Hayward is a former deputy prosecutor and runs a small practice. Quintero is a public defender and Army veteran.",
         ]),
    _neg("b154-kpne-tornadorelief-givingpage-neg",
         "Invented; modelled on KLTV 7 (Tyler, Texas) (station editorial pointing viewers to a disaster-relief giving page)", "en", [
             "With so much news breaking across the country and around the world, it’s easy to forget needs that no longer make headlines. Yet only a few months have passed since the spring tornadoes tore through the Piney Hills region and much of the southern part of the state. The rescue crews have gone home and the emergency shelters have shut down, but families are still living with the damage. In some respects, the need is bigger today than on the night the storms hit.",
             "So this holiday season, as we gather warm and safe with the people we love, let’s keep in mind the thousands of neighbors in our region who are still trying to rebuild. And remember that there is still a way to help. We’ve set up a giving page on our website, KPNE.example.com, where you can contribute through the Piney Hills Rebuilds effort. Find the Piney Hills Rebuilds banner on the front of our site and click it to see the ways to give.",
             "You’ll find links to Hands to Rebuild, the Ozark Relief Network and a dozen or so other groups working to get help to the families who need it. There’s also a link to the foundation of Piney Hills native and country singer Wade Ellery, which has raised nearly $3 million for rebuilding. Ellery is a fine example of someone using fame to do good. He and others have answered the call, and the rest of us need to keep answering too. This is the season for giving, and giving will make for a Stronger Piney Hills.",
         ]),
    _neg("b154-broadcastbeat-publicradio-grantcuts-neg",
         "Invented; modelled on Inside Audio Marketing (trade story on public radio stations' cuts and pledge drives after grant losses)", "en", [
             "Across The Country, Public Radio Stations Race To Fill The Gap As State Grants Dry Up.",
             "From one region to the next, noncommercial broadcasters are preparing to lose state grant money. Several are trimming budgets and stepping up on-air pledge drives to make up the difference.",
             "“Before long it might just be me running the board, reading the news and fixing the transmitter,” says Lorna Whitebird, station manager of KPRV Pine Ridge Valley (91.3). She told Airwaves Report that state broadcasting grants made up close to 40 percent of the station’s yearly budget in a service area that spans two rural counties.",
             "Opponents of the cut argued that taking that money from small stations would gut local shows — and might knock some off the air entirely. State Rep. Helen Ostrowski released an analysis before the vote warning that 23 radio and 6 TV stations statewide could be forced to shut down within a year.",
             "No station has gone silent so far, but many are cutting back. WKVL Riverport (89.9) said just a day after the budget passed that it would lay off five staffers. A report from the station’s own newsroom says other jobs are being cut, shortened or folded into the work of remaining employees.",
             "“The hardest part of a sudden cut is that it wipes out money we had already been promised for next year, without leaving us time to make it up elsewhere,” says WKVL President/CEO Marcus Delaney.",
             "The station receives roughly 12% of its yearly budget from the state grant program. Last year, that came to $318,000 toward operating costs, on top of other support the program offers for things like transmitter upkeep, music rights and emergency alert equipment. The program also funds the Statehouse Radio Network, which supplies legislative coverage to every public station in the state.",
         ]),
    _neg("b154-ridgestatebeacon-termlimits-amendment-spending-neg",
         "Invented; modelled on Kentucky Lantern (photo caption, ballot-amendment spending and dark-money donors)", "en", [
             "Voters waited outside the Eastside branch of the Millbrook Public Library on Wednesday as early voting opened across the state. (Ridge State Beacon photo by Alana Prewitt)",
             "BRANTFORD — More than $14 million will be spent trying to sway voters on the so-called “term limits” amendment, making it the costliest campaign ever fought over changing the state’s 1912 Constitution.",
             "In their last pre-election finance reports filed last week, both sides reported raising about $7 million apiece, figures certain to climb once post-election reports come due in December. The fight pits a coalition of county officials who oppose the amendment against a wealthy term-limits activist from Ohio.",
             "It has drawn Republican Gov. Sandra Whitlock onto television against the amendment and, for the first time, into spending heavily from committees she created to advance her agenda after winning a second term two years ago. Most of the $14 million comes from out of state. And a large share comes from shadowy “dark money” groups organized so they can keep their donors’ names hidden.",
             "Capital Public Radio has reported that spending for and against Amendment 3 is the most ever for any constitutional amendment in the state, more than triple the roughly $4 million spent in 2020 on a casino gambling amendment. Even so, it falls well short of the $55 million spent on the last governor’s race.",
             "Below is a look at the three committees pushing for Amendment 3 and the three groups fighting it.",
         ]),
]


BATCH154_DOCUMENTS = PROBE134_APPEALS + PROBE134_NEGATIVES
