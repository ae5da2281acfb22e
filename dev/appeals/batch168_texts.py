"""Batch 168: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

20 documents (8 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 148 (20 documents). Each keeps the real page's structure line for line
(headlines fused with or followed by a "Published ..." line, TV-station datelines, a staff byline
line, a photo-caption line with a photographer credit, an embedded tweet with its handle and date, a
"- Market Watch" section line, a morning-digest newsletter of headline/summary pairs with "| Forecast"
and "| Previously:" tails, "- " and "•" bullet lists, a "– article submitted" / "by ..." sign-off, a
dangling "is located online at" line, cut-off endings mid-quote and after a colon) and exactly what the
real gold marks: a publisher's closing paragraph asking readers for a one-time donation or a
subscription at the end of a column about the paper's own giving (the sign-off stays text); a lone
"Email newsletter signup" line in the middle of an editorial and of a council story; a two-line daily
email newsletter sign-up after a submitted article's byline; a lone donate-link line between digest
items; a two-line weekly newsletter promo near the top of a news-of-the-week column; a whole support
footer (misspelt logo line, support headline, "Go to top", payment-details chrome, the free-access
reader-support paragraph and the not-a-charitable-donation paragraph) after teaser headlines; a
"read the full story in the print edition" line ending a cut story. Negatives keep what makes the
real ones hard: a town's supply drive for tornado victims with an item list and a deadline, a TV
report on a relief drive with a relayed tweet, toy drives (state police, foster-care agency,
community groups) with money and gifts donated, a veterans group's donation trailer, a museum's
crowdfunding goal, a station telethon relaying charities' phone numbers and sites, a club president's
column urging donations to service groups, a charity campaign kickoff with service figures, a
where-to-donate guide after a hurricane.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it stands,
every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 148: appeal documents ----------------------------------------------------------------

_HARBORLINE_PLEA = (
    "Still, I owe it to you to be plain: the squeeze on small community newsrooms has not let up, "
    "and we pay our bills only because local businesses buy ads and readers like you chip in. I "
    "hope you keep finding our reporting — and our habit of pitching in around town — worth "
    "backing, whether with a single gift or a standing subscription. Not a subscriber yet? You can "
    "sign up right here in a minute."
)

_BRIARFORD_SIGNUP = "Email newsletter signup"

_COLDSPRING_SIGNUP = "\n".join([
    "Get our morning email briefing",
    "Top local headlines, delivered free each day",
])

_CANEBRAKE_SIGNUP = "Email newsletter signup"

_NORTHLAND_DONATE = "NorthlandPublic.example.org/give"

_PORCHLIGHT_NEWSLETTER = "\n".join([
    "Sunday Letter",
    "A weekly helping of The Porchlight Gazette, straight to your email!",
])

_LAUREL_FOOTER = "\n".join([
    "Laural Ridge Courier Logo",
    "BACK THE LAUREL RIDGE COURIER AND",
    "FEARLESS, PRIZE-WINNING LOCAL REPORTING",
    "Go to top",
    "Payment Details",
    "/",
    "When we started out 18 years ago, we went our own way. Most papers around us locked their stories behind a fee; we decided every reader in the hills would get deep regional coverage for nothing, and we mean to keep it that way. Money from readers lets us stay answerable to no one but you, which is the heart of our job of making the Blue Ridge foothills a better place to live. If you can spare something, please back The Laurel Ridge Courier.",
    "The Laurel Ridge Courier is a privately owned company. Gifts from readers pay for LRC's independent reporting. Money you give to LRC is not tax-deductible as a charitable gift. Questions about giving to LRC? Just get in touch.",
])

_MARSTON_PRINT = "Find the complete report in the Oct. 3, 2019 print issue of the Marston Valley Herald."


PROBE148_APPEALS = [
    _doc("b168-harborlinenews-studentband-gift-end", "appeal", "end",
         "Invented; modelled on MLTnews (publisher's column on the paper's own giving, closing donate-or-subscribe paragraph, sign-off)", "en", [
             "In a column a few weeks back about how hard it is to keep a local paper afloat, I promised to set aside 10 percent of every new subscription sold before March 31 for students from our two high schools — Cove Point and Alder Bay — whose bands earned a spot at this spring's celebrated Great Lakes Swing Showcase in Chicago.",
             "Because so many of you answered, this week we are handing over $420 — $210 to each band's online fundraising page. On top of that, we have put $150 toward travel for three Alder Bay student reporters who will cover the showcase from the floor. They will file dispatches as the bands play, giving us our own coverage of both schools' musicians.",
             "I rarely brag about the gifts we make, yet I am glad we can return the favor and lift up our young people like this. Every year we also fund awards for theater students through the Tidewater Stage Guild, chip in for coaches at the district's scholar-athlete dinner, and more besides. And that is before counting our support for the Harborline Performing Arts Hall, the Cove Point College Foundation and Coats for Kids.",
             _HARBORLINE_PLEA,
             "Until next week,",
             "Renata Vollmer, Publisher",
         ], appeals=[_HARBORLINE_PLEA]),
    _doc("b168-briarfordledger-givingweek-editorial-middle", "appeal", "middle",
         "Invented; modelled on The Winchester Sun (editorial with a lone newsletter-signup line mid-text)", "en", [
             "EDITORIAL: Giving week shows a big heart",
             "Published 9:42 am Thursday, November 21, 2019",
             "Our county is full of folks who give freely of their hours and their wallets, and the numbers from last week's Open Hands Giving Week make that plain to see.",
             "The tally is not final yet, but local charities in Briarford County brought in over $310,000 in seven days.",
             "That sum leaves out the matching dollars from the Briarford Civic Trust and several smaller matching pledges won along the way.",
             _BRIARFORD_SIGNUP,
             "Twenty-three charities took part this time, covering everything from animal shelters and youth clubs to pantries, maternity support, classrooms, old-building restoration and beyond.",
             "Altogether, 1,408 gifts went to local groups through the giving week, adding up to $312,905.",
             "Apart from the much larger Hollis County, Briarford had the most groups taking part and collected far more than the 11 other counties in the program.",
             "Every autumn, our neighbors turn out for these charities during the giving week.",
             "Those dollars, along with the late gifts still being counted and paid out in February, will flow to good causes right here at home.",
             "The money will make Briarford and its county a better spot to raise a family and earn a living.",
             "We are grateful for everything these groups do for our neighbors.",
             "And the kindness of this county is something we are very proud of.",
         ], appeals=[_BRIARFORD_SIGNUP]),
    _doc("b168-coldspringcourier-chilisupper-newsletter-end", "appeal", "end",
         "Invented; modelled on Tryon Daily Bulletin (submitted benefit-event story, byline, two-line email newsletter signup at the end)", "en", [
             "Benefit chili supper June 14 at Coldspring Rescue Squad",
             "Published 3:48 pm Wednesday, June 6, 2012",
             "Volunteers stir pots ahead of the chili tasting at the third supper put on by the Marlow County Sheriff's Office and the Coldspring Rescue Squad. That supper, held March 9, featured a tasting contest. (photo courtesy of Wade Pruitt)",
             "The Marlow County Sheriff's Office and Coldspring Rescue Squad will serve their next supper Thursday, June 14 from 5 to 7 p.m. at the Coldspring Rescue Squad building. This time the menu is chili and cornbread.",
             "Money raised this month will go to help Coldspring resident Harold Greer pay his hospital bills.",
             "\"Our first several suppers did well enough to pay for keeping them going, and we're thankful for that,\" said Marlow County Sheriff Lyle Dorsey. \"This month we decided to change things up and lend a hand to a neighbor who's struggling. The supper's purpose stays the same – folks who can't pay for a hot meal still get one – but we thought we'd steer this month's proceeds somewhere new. It says a lot about the people here that we can do this and still keep the suppers funded month after month.\"",
             "Plates can be carried out or eaten on site at the Rescue Squad building. Gifts will be taken at the supper or may be left at the Marlow County Sheriff's Office. Make checks payable to the Marlow County Sheriff's Office and note \"Harold Greer\" on the memo line.",
             "Questions about the supper can go to the Marlow County Sheriff's Office at 828-555-0163 or the Coldspring Rescue Squad at 828-555-0178.",
             "– article submitted",
             "by Nell Hargrove",
             _COLDSPRING_SIGNUP,
         ], appeals=[_COLDSPRING_SIGNUP]),
    _doc("b168-canebrakeherald-citywebsite-council-middle", "appeal", "middle",
         "Invented; modelled on The Selma Times-Journal (council story with staff byline line, lone newsletter-signup line, dangling URL line)", "en", [
             "Dunmore goes online",
             "Published 12:00 am Wednesday, March 16, 2005",
             "The Canebrake Herald",
             "Dunmore leaders unveiled the city's first official website during Monday night's council session.",
             "\"I asked for something plain that works,\" Mayor Vernon Tate Sr. said.",
             _CANEBRAKE_SIGNUP,
             "The website, built by Dunmore web developer Marcus Oakley, has a number of pages covering different parts of city hall.",
             "Right now it lists phone numbers and addresses for city departments and officials, a welcome note from the mayor and a section of public documents.",
             "The website can already be visited, though some pages still need updating.",
             "City Clerk Rhonda Gaines, who showed the site to the council on the mayor's behalf, said work on it is continuing.",
             "Besides showing off Dunmore, the website is meant to help residents find their way around city hall.",
             "\"Dunmore has tried more than once to put up a city website that people can actually use and get something out of,\" Tate wrote on the site.",
             "Residents can find recent council minutes there as well as district maps, so they can figure out who represents them.",
             "Pictures of each council member will be added later, Gaines said.",
             "The website can be reached at",
             "Also at the meeting, the council:",
             "Decided to leave Tate's remarks about the ambulance contract in the minutes. At the previous session Tate had reminded the council that it must be told whenever the city spends money.",
             "\"I simply read them the statute,\" he said Monday.",
             "Council President Ruth Caldwell said residents had phoned her asking for a guarantee that the council would be told of spending. Council member Otis Barnett moved to remove the mayor's remarks from the minutes, calling them needless. The motion was changed and the change passed. Barnett then pulled his first motion to approve the minutes.",
         ], appeals=[_CANEBRAKE_SIGNUP]),
    _doc("b168-northlandpublic-morningdigest-donatelink-middle", "appeal", "middle",
         "Invented; modelled on MPR News (morning digest newsletter of headline/summary pairs with a lone donate-link line)", "en", [
             "Northland Public Radio DaybreakBrief",
             "Hello there! Clear skies and warm air today (fine, the calendar still says summer, but our heads have moved on to autumn now that school is back), topping out in the upper 70s. With weather this pleasant, why not try out the state's brand-new park? The state parks office is cutting the ribbon today on Iron Hollow Quarry Caverns State Park. It's the first park the state has added in 22 years. Naturally, there's plenty to explore. | Weather",
             "State joins four others in suit over student visa rule",
             "Attorney General Helen Marsh said the administration's move to scrap the rule \"breaks faith with thousands of students who did everything asked of them.\"",
             "Legislators press transportation officials on title backlog",
             "A House committee demanded explanations Tuesday for the glitches in a new online system for vehicle titles and tags.",
             "Regulators say state should reject new gas line, in blow to utility",
             "The state utilities office handed a proposed natural gas line across the northern lakes a setback Tuesday, finding that the dangers to wetlands and towns of letting Boreal Energy swap out its old Line 7 outweigh what it called \"modest gains.\"",
             "Wild rice, heirloom squash: Pine Lake band grows its own",
             "Nearly all of the 4,200 people living on the Pine Lake Reservation shop for groceries at a supermarket in Cedar Falls, but tribal planners hope to change that. They are building toward what they call \"food self-reliance.\" | Earlier: Pine Lake hosts first native harvest gathering",
             _NORTHLAND_DONATE,
             "Gulf Coast towns begin counting losses from Hurricane Delia",
             "Four deaths in Louisiana have been tied to Delia, plus two in Mississippi and one in Alabama. At least 20 people died in Central America.",
         ], appeals=[_NORTHLAND_DONATE]),
    _doc("b168-porchlightgazette-weekinreview-newsletter-top", "appeal", "top",
         "Invented; modelled on The Saturday Evening Post (news-of-the-week column, two-line weekly newsletter promo near the top, cut-off ending)", "en", [
             "This Week in Odds and Ends: Missing Frost, Lucky Pins, and What Do You Get When Sinatra Meets Star Wars?",
             "For the week ending February 3, 2023: gadgets that unsettle, a winter without ice (depending on where you live), prices from half a century back, farewell to a drumming legend, and plenty more.",
             _PORCHLIGHT_NEWSLETTER,
             "Freeze, Pond, Freeze (Pretty Please)",
             "Will the pond ever freeze over?",
             "Folks up near Duluth are probably laughing at that. What on earth, they may wonder, is this fellow going on about? Sorry, friends, but down here in Connecticut we haven't had a single solid freeze yet.",
             "Oh, there have been chilly mornings — nothing truly bitter, mind you — but apart from a handful of nights when a puddle or two grew a thin skin, we've had no real ice worth mentioning.",
             "I don't need a deep freeze every week, but how about a couple over the whole winter? A freeze that lets the kids skate on the town green. A freeze that makes the windows bloom with frost ferns. A freeze that calls for a crackling fire, a mug of cocoa, and a thick mystery novel. A freeze so hard the TV weather folks pull on knit caps and stand outside pointing at icicles!",
             "Granted, once April shows up and the yard is all mud and the car is caked in salt and every step is slippery, I'll be begging for warm weather. But it's only early February, so for now I'd like a proper cold snap.",
             "Nope, Nothing Unsettling Here",
             "Every year the big tech expo in Las Vegas rolls out plenty of clever, sensible gadgets, along with a few items nobody could picture owning (well, unless gadgets are your whole life, and if you flew to the expo, they likely are).",
             "Take the Hushmask, a padded speaker cup that clamps over the lower half of your face so nobody nearby can catch a word you say.",
         ], appeals=[_PORCHLIGHT_NEWSLETTER]),
    _doc("b168-laurelridgecourier-yearreview-supportfooter-end", "appeal", "end",
         "Invented; modelled on The Smoky Mountain News (teaser headlines then a whole reader-support footer with payment-form chrome)", "en", [
             "2023 Year in Review: Neighbor of the year",
             "When the remnants of Hurricane Ida dumped a record flood on the western end of Alder County and left four people dead in 2021, the disaster pulled folks together across party, race and income like nothing before it. It also carried a quieter blessing, which came to light this past October.",
             "Why every story needs a monster",
             "Quite a few of us at The Laurel Ridge Courier have finished a book, are halfway through one or mean to start one someday, so talk in the newsroom often turns to plotting and we trade tips freely.",
             "Veterans' trip to the capital stirs memories, mends wounds",
             "For close to 15 years, a one-of-a-kind charity born in the Blue Ridge foothills has been honoring veterans for what they gave in wartime.",
             _LAUREL_FOOTER,
         ], appeals=[_LAUREL_FOOTER]),
    _doc("b168-marstonvalleyherald-parkingdistrict-print-end", "appeal", "end",
         "Invented; modelled on Ripon Commonwealth Press (cut local story ending in a read-the-full-story-in-print line)", "en", [
             "For nearly 30 years, the town of Marston has billed shop and building owners near Main Street a small surcharge on top of their property taxes.",
             "The money was supposed to pay for a better downtown.",
             "Yet for almost all the years that money came in, the panel in charge of spending it never sat down together.",
             "That ended Monday.",
             "For the first time in roughly a quarter century, the board of Marston's Downtown Parking and Improvement District held a meeting.",
             "By law it should have gathered at least once a year to hand a yearly report to the Marston Village Board.",
             "It never did.",
             "Though the lapse began long before he took office in 2013, Village President Carl Hoffner said he was sorry it happened.",
             _MARSTON_PRINT,
         ], appeals=[_MARSTON_PRINT]),
]


# --- Probe 148: negatives -----------------------------------------------------------------------

PROBE148_NEGATIVES = [
    _neg("b168-pearltontribune-twister-reliefdrive-neg",
         "Invented; modelled on Picayune Item (town relief drive for tornado victims with item list, deadline and phone number)", "en", [
             "Pearlton Pitches In With Aid for Delta Families Hit by Twister Published 2:42 pm Tuesday, April 11, 2023",
             "The Town of Pearlton has stepped forward with an offer of aid after a violent twister killed roughly 19 people (per the state emergency agency) in and around the river community of Cotton Bend.",
             "Folks in Pearlton understand better than most what punishing weather can do to a town. Cotton Bend is reeling from an EF-3 twister that tore through late Thursday, and Pearlton wants to help it recover. To that end, Pearlton Town Hall has opened a collection drive for families hurt by the storm upriver.",
             "Beginning this morning, drop off supplies at Fire Station No. 2 at 218 N. Magnolia Ave. in Pearlton.",
             "Items requested: drinking water, canned goods, hand-crank can openers, paper towels, plastic forks and spoons, pet food, diapers and wipes, infant formula, toiletries, laundry soap, cleaning products, tarps, new socks, toothbrushes and toothpaste, garbage bags, work gloves, duct tape and batteries.",
             "Town Hall expects to haul the supplies north within about a week. Anyone who wants to give should do so by April 18, 2023. Questions can go to Fire Chief Dale Rountree at 601-555-0142.",
         ]),
    _neg("b168-wkgl-pearlton-reliefcaravan-tweet-neg",
         "Invented; modelled on WLOX (TV report on a town relief drive with an embedded reporter tweet)", "en", [
             "PEARLTON, Miss. (WKGL) - Folks along the Gulf Coast are lending a hand to families hurt by last week's killer storms. Pearlton city officials have started a large collection drive for tornado survivors across the mid-South.",
             "The effort aims at the small, overlooked towns the storms flattened. Here in Pearlton, nobody has forgotten the flood of help that arrived for months after Hurricane Camille.",
             "\"Back then this was a little place of maybe 9,000 folks,\" said Mayor Ray Tillman. \"The first good news we got was strangers showing up from every corner of America to pitch in. We've pulled together as a town, and now we want to do for other towns what was done for us after the worst storm this region ever saw.\"",
             "Donated goods are being gathered at the Pearlton fire station and at city police headquarters for storm victims in Tennessee and nearby states. Collection runs through Jan. 5, and then everything heads to a hard-hit community. pic.example.com/Hq4Zt9WmRb — Dana Coble (@DanaCobleWKGL) December 21, 2021",
             "Years after Camille, city officials also chose to start a pass-it-on effort and stockpile goods for anyone hit by a catastrophe like this month's twisters.",
             "\"We're calling the schools, we're calling everybody in town, and we're taking in everything from diapers and formula to bottles, anything like canned food. We talk with those towns daily across several states and find out what they really need,\" Tillman said.",
             "A convoy will carry the goods north after New Year's. Drop-off sites are the Pearlton Police Department and the main city fire station. Collection runs through Jan. 5.",
         ]),
    _neg("b168-nansemondgazette-troopertoydrive-neg",
         "Invented; modelled on The Tidewater News (toy drive story with photo caption and credit line)", "en", [
             "Toy drive eases holidays for families",
             "Published 11:26 am Friday, December 16, 2011",
             "Holland cousins Tara Eley and Joan Parr sort through gifts during the Trooper Vaughan Toy Drive at the Riverside Rod and Gun Club on Thursday for their seven children between them. -- Cal Denton | Nansemond Gazette",
             "RIVERSIDE—Joan Parr let out a long breath on Thursday.",
             "She had no idea how she and her husband, Earl, jobless for nearly three years, would manage gifts for their five kids until volunteers with the fifth annual Trooper Vaughan Toy Drive stepped in.",
             "\"They loaded us up,\" Joan Parr said. \"The kids are in for a great morning.\"",
             "For the fourth straight year, the Volunteers of America joined the Trooper Vaughan Toy Drive to hand out thousands of gifts to about 450 kids across Riverside and Nansemond County, said founder and organizer Lorraine Whitt. Gifts went out Wednesday and Thursday at the Riverside Rod and Gun Club hall on Mill Road. Also sponsoring were Riverside Badges for Kids, the county deputies' association and a local grocery chain.",
             "The drive began in honor of State Police Trooper Dennis Vaughan Sr., who died two days before Christmas in 2007 while stopped on the shoulder of Route 460 in eastern Nansemond County.",
             "Vaughan served 17 years and was remembered for his big heart, and for leading a holiday gift effort for preschoolers in Nansemond's early-learning program.",
             "Fewer kids are getting gifts from the drive this year, Whitt said, but not because people gave less.",
             "\"Lots more congregations, groups and families are running drives like ours now,\" Whitt said. \"A year ago we served more than 550 (kids).\"",
             "Families get on the list by registering with the social services offices in Riverside and Nansemond County.",
             "\"Nansemond Social Services runs its own drive and is covering 120 (kids),\" she said.",
         ]),
    _neg("b168-wbkr-vetsgroup-tornadotrailer-neg",
         "Invented; modelled on WTVQ (TV report on a veterans group and police collecting tornado donations)", "en", [
             "Dover community steps up for storm-hit towns",
             "DOVER, Tenn. (WBKR) – Supplies for families hurt by last week's twisters in west Tennessee have poured in from all over the state since Friday. In Stewart County, a women veterans' group is teaming up with city police to send help to Dresden.",
             "\"Whenever disaster hits, we've always stepped up to give,\" says Loretta Mims, who runs Sisters in Service.",
             "Sisters in Service exists to support women who served in uniform around the region. But its reach goes beyond that. Once word of the damage in west Tennessee came in, the group sprang into action and gathered what it could for the people hurting.",
             "\"We've got room here, so we're turning our dining hall into a collection point this minute for anything folks in Stewart County or the counties around us want to bring and give,\" says Mims.",
             "Dover police packed a tractor-trailer Tuesday afternoon to drive to Dresden early Wednesday. Officers say Sisters in Service far outdid what they had hoped for, packing an entire 24-foot trailer plus the bed of a truck.",
             "\"Our volunteers have huge hearts, and any time trouble like this comes along, we're going to jump in,\" says Mims.",
             "Among the donated goods were quilts, bottled water, shelf-stable groceries, pet food, diapers and cleaning products. The goods will cover some of the barest necessities for Dresden families who lost it all.",
             "\"It looks like a mountain to us, but honestly it's probably just a sliver of what they'll need over there in west Tennessee,\" says Lieutenant Darrell Fain with Dover Police. \"Still, if every town chips in a few times over, that adds up to real help. That's what we're aiming for.\"",
         ]),
    _neg("b168-whln-statepolice-toydrive-neg",
         "Invented; modelled on WKYT (TV report on a state police Christmas toy drive with money and gifts donated)", "en", [
             "LETCHER COUNTY, Ky. (WHLN) - With the holidays almost here, Kentucky State Police Post 13 wants every local kid to have a happy Christmas.",
             "Trooper Dale Sizemore teamed up with Helping Hands of Whitesburg outside a Whitesburg grocery store Saturday and Sunday, collecting gifts for a holiday toy drive.",
             "\"The schools help us pick out the kids who need it most. We'll be bringing presents to children who might only get one or two, or maybe nothing at all, and we want every one of them to find something waiting on Christmas morning,\" Sizemore said.",
             "Sizemore said folks turned out in a big way, some bringing toys and others handing over cash.",
             "\"People really showed up,\" Sizemore said. \"Even Saturday night in the sleet, folks pulled in and dropped off cash or toys.\"",
             "Sizemore said troopers in the county simply wanted to ease things for families in a rough year.",
             "\"This is where we live and work, and we can see our neighbors hurting. A lot of folks lost work or had hours cut since the mines scaled back,\" Sizemore said. \"Sometimes there just isn't enough to cover bills and presents at the end of the year.\"",
             "He said helping local kids is a big part of what it means to serve.",
             "\"Everybody remembers being little, running in and spotting the tree with presents piled under it. We can't stand the idea of a kid missing out on that,\" he said.",
             "Cash collected at the drive bought extra toys so the troopers could reach as many families as they could.",
         ]),
    _neg("b168-starlightsentinel-spacecapsule-crowdfund-neg",
         "Invented; modelled on New York Post (business-section item on a museum's crowdfunding goal, cut off mid-quote)", "en", [
             "Backers rescue Glenn's capsule",
             "- Money Desk",
             "A modest click for donors, a big lift for a museum.",
             "The National Air and Flight Museum has blown past its $400,000 target after launching a FundForge campaign to restore the capsule that carried astronaut Mae Lindqvist (above) on the first American all-female orbital mission, in 1983.",
             "The capsule campaign marks the museum's first try at crowdfunding, and also the first time FundForge, whose all-or-nothing rules leave a campaign with zero if it falls short, has teamed up this way with a cultural institution.",
             "The museum and FundForge both said they plan two to five more campaigns over the coming year, with FundForge coaching the staff on future ones.",
             "Although the museum gets public money — asking lawmakers for $610 million for 2016 — those funds cover staff, scholarship, upkeep and protecting what it already owns. New galleries must be paid for privately, usually through big donors.",
             "The museum picked FundForge this time for its crowd of loyal backers, said Priya Venkataraman, head of online giving at the museum.",
             "\"FundForge has a name people trust and a huge base of backers who really care about the projects there,\" Venkataraman said.",
             "FundForge says some 6.4 million people have backed a campaign since its launch in 2010.",
             "The museum will spend the money restoring, exhibiting and scanning Lindqvist's capsule.",
             "The effort covers stabilizing the capsule, building a humidity-controlled gallery and making a full 3D scan of the craft.",
             "\"We wanted our first one to be something people instantly recognize, a real treasure that needs the public's help to survive,\"",
         ]),
    _neg("b168-wmvo-fostercare-toydrive-neg",
         "Invented; modelled on WDTN (TV report on a foster-care agency's first holiday toy drive)", "en", [
             "PIQUA, Ohio (WMVO) – With Christmas drawing near, more local people keep rallying around kids who need a lift.",
             "Harbor House Family Foster Care, a foster care agency in the area, just wrapped up its first-ever holiday gift drive.",
             "The drive set out to collect toys for the kids it serves, but people have also brought in blankets, backpacks, tablets, makeup kits and plenty more.",
             "Harbor House covers 14 counties and looks after 90 to 120 kids at any one time during the year. Those getting gifts range from babies to teenagers about to turn 18. Staff wanted gifts that would suit every age and every kind of kid.",
             "The agency gets gifts from the public all year long, but staff thought a holiday drive with the whole town pitching in would stretch what they could do.",
             "\"One of the best things we can give our kids is a really joyful holiday,\" said agency director Carla Wendt. \"We decided to go bigger this year and people have jumped right in.\"",
             "Congregations such as Piqua's Grace Lutheran recently ran a blanket drive and gave every blanket they gathered to Harbor House. More than 80 blankets will go to babies and toddlers.",
             "Harbor House does not yet have a count of how many gifts came in. Staff said the response had already topped what they hoped and they intend to repeat the drive next year.",
             "\"They keep showing up by the carload,\" Wendt said, \"we've lost count, and honestly each gift that comes in is a gift to us too.\"",
             "Staff hope drives like this bring foster kids a bit closer to a warm holiday and help them bond with the families now caring for them.",
         ]),
    _neg("b168-ralls-county-ledger-toys-drivethru-neg",
         "Invented; modelled on Pike County News (toy giveaway story with charity history and figures)", "en", [
             "Curbside toy giveaway held at Ralls County Expo Center",
             "Hannah Street Family Services, together with the Holiday Wishes Network and area helpers, spent much of Thursday afternoon handing out toys and other donated goods at the Ralls County Expo Center.",
             "In earlier years, families could walk into the exhibit hall and choose toys and other holiday items. But because of health rules brought in during the flu outbreak, this year's giveaway was curbside only.",
             "According to the Holiday Wishes Network, the effort began in 1952 when railroad clerk Arthur Pell's daughter, Ruth, sewed a few rag dolls and asked him to find a group that could pass them to needy kids.",
             "As it turned out, no such group existed then. Ruth promptly told her father to found one.",
             "Pell and his fellow rail workers gathered and gave away 3,200 toys in 1952. When the idea caught on, the railroad's union urged every local chapter to run a drive of its own. It grew into a nationwide program by 1954.",
             "The network's emblem, a little red caboose, came from a holiday card drawn by a well-known illustrator who was friends with the Pell family.",
             "The Holiday Wishes Network, a registered 501 (c) (3) charity, was formed in 1989 to manage and fund the program.",
             "The network's website says the program now hands out roughly 9 million toys to some 3 million children in need every year.",
             "In Ralls County, Denise Kopp of Hannah Street Family Services said they were serving 160 families this year. The agency has run the local giveaway for six years.",
         ]),
    _neg("b168-wgcn-hurricane-telethon-charities-neg",
         "Invented; modelled on WFLA (station telethon relaying charities' phone numbers, sites and a bullet list)", "en", [
             "SARASOTA (WGCN) – Plenty of families across the Suncoast are still struggling after Hurricane Delia.",
             "Lost power, high water and wrecked homes are hurting residents, and they could use a hand.",
             "Gulf Coast 6 is Here For You and for our viewers. This Saturday, WGCN hosts the GULF COAST 6 HERE FOR YOU #SUNCOASTSTANDS Telethon.",
             "We're counting on you as well! Phone in a gift for the Coastal Relief Alliance's hurricane fund at 800-555-0199 or give on the web at relief.example.org/gc6. You can also pull through the Gulf Coast 6 lot at 410 N. Bayfront Drive to leave goods for these groups:",
             "- Suncoast Harvest Pantry – taking canned and boxed food",
             "- Gulf Blood Services – asking for blood donors",
             "- Paws of the Suncoast – taking dry pet food",
             "- Bayside Mission – taking store cards, sheets and blankets",
             "- Community Chest of Sarasota – web gifts only at SuncoastRelief.example.org",
             "- Coastal Relief Alliance – gifts on its site relief.example.org",
             "Come out to the drive and say hello to your Gulf Coast 6 news team while you're at it.",
         ]),
    _neg("b168-sabinecoastnews-kiwanis-column-schoolsupplies-neg",
         "Invented; modelled on The Port Arthur News (club president's column urging donations to local service groups)", "en", [
             "LENA CORMIER — With classes about to start, think about giving to our service clubs",
             "Published 12:04 am Sunday, July 7, 2024",
             "Tuesday felt happy and sad at once as I handed off the gavel and closed out my term leading the Kiwanis Club of Bayou Vista.",
             "The club, now well past its 90th birthday, works every month of the year to help our town any way it can. Over the past twelve months, we gave holiday meals to 140 struggling families, wrapped presents for more kids than we could count, awarded $14,200 in scholarships to 19 graduating seniors, handed a pocket atlas to every fourth grader in Bayou Vista, gave booster seats to parents who couldn't buy them and worked alongside other clubs to build bunk beds for local kids who had been sleeping on floors.",
             "Much of that was paid for with grants from our area plants and shops, and some came from our members and neighbors.",
             "Our roughly 45 members give countless volunteer hours under the slogan \"we build.\" Yet we are only one of the many clubs in the region working to make Bayou Vista and the towns around it better.",
             "And nearly every one of those clubs could use a boost.",
             "This year higher prices on everything from groceries to paper goods have left plenty of local charities with less coming in than they're used to. Even a little from you can mean a lot to the kids and families who get left behind.",
             "On Aug. 10 from 8 a.m. to 1 p.m., the Bayou Vista Lions Club will hold a school supply collection outside the grocery store on Gulfway Drive. If you're nearby, bring a pack of notebooks or a box of markers.",
             "The Lions are working with the Coastal Churches Alliance, which will give supplies to every pupil at Lamar Elementary whose family can't cover them.",
         ]),
    _neg("b168-cypressbendrecord-communitychest-kickoff-neg",
         "Invented; modelled on The Orange Leader (charity campaign kickoff with a bulleted list of service figures, cut after a colon)", "en", [
             "Because no one thrives alone, Community Chest giving drive kicks off",
             "Published 9:51 am Friday, September 4, 2020",
             "By Lorna Pettibone",
             "The yearly drive to raise money for the Community Chest is under way.",
             "Figures shared at Wednesday's Community Chest kickoff lunch showed that in 2019, more than 8,210 Cypress County residents got help through our member charities.  Among those services:",
             "• 2,460 people helped with groceries, clothing, furniture, power bills or rent.",
             "• 41 families given hospice support for a loved one.",
             "• 88,300 hot meals delivered to seniors or people with disabilities.",
             "• 29 people given a place to stay while they or family members were in treatment.",
             "• 1,718 kids sheltered, fed, taught, mentored and kept safe and well.",
             "• 64 people helped with filing tax returns.",
             "• 1,102 people given addiction treatment.",
             "• 790 people with disabilities served.",
             "• 26 adults helped with high school equivalency, English classes or reading.",
             "• 93 people given counseling for their mental health.",
             "• 2,318 people given crisis help and crisis education.",
             "By sharing givers' stories, working as a team and showing the numbers, the Community Chest aims to make giving a little more fun this year.",
             "\"It moves me to see the work these charities do,\" said Jolene Baptiste, co-chair of the drive. \"I've toured all but three of them in my four years on the board.\"",
             "Raymond Osei is chairing the drive. He could not make the lunch.",
             "Executive director Sandra Kimbrough noted that every member charity fills a different need.",
             "\"Whether it's food on the table or getting a kid out of a dangerous home,\" Kimbrough said. \"Neighbors give, and neighbors speak up. Money raised here is spent here. It isn't charity for its own sake. It's a boost up.\"",
             "Board chair Dwight Faulkner read a note one member charity had sent the Community Chest:",
         ]),
    _neg("b168-pamlicosoundobserver-hurricane-wheretogive-neg",
         "Invented; modelled on Washington Daily News (where-to-donate guide after a hurricane with section lines)", "en", [
             "How to help: where storm donations can go",
             "Published 8:37 am Tuesday, October 16, 2018",
             "As plenty of families in Hyde County keep clearing debris from Hurricane Maren, neighbors who came through in better shape might want to give to the groups below",
             "Groceries, water, supplies",
             "Starting this morning and every day after, from 8 a.m. to 5 p.m., Loaves and Fishes Pantry, at 417 N. Main St. in Belhaven, will take donations for Hyde County storm recovery. Wanted: canned food, pantry staples, dry goods such as rice, beans and noodles, paper goods, cleaning products, diapers, toiletries, baby formula, bottled water and cereal. All of it will be handed out around the county.",
             "Furniture, housewares, clothing",
             "Goods may be left with the Helping Hands Mission, at 205 W. Second St. in Belhaven. But Mission director Capt. Wayne Lassiter said cash helps most, since it lets the group hand out store vouchers so families can pick up exactly what they lack.",
             "\"Right now cash is the best help because we can buy just what's missing instead of sorting out piles of donated goods,\" Lassiter said. \"Clothes and furniture still go to our thrift stores like always. Once our storm casework starts, families will likely get vouchers to shop in those stores. That spares us the hassle of matching particular items to particular people. And the money isn't only for Belhaven, either. New Bern got hit much worse than we did. So cash gifts will be spread across eastern Carolina wherever they're needed.\"",
             "To give money, call 1-800-555-0117, text \"MAREN\" to 55512 or go to HelpingHandsMission.example.org. Every dollar given for storm relief goes to the relief effort, according to Lassiter.",
         ]),
]


BATCH168_DOCUMENTS = PROBE148_APPEALS + PROBE148_NEGATIVES
