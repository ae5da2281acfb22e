"""Batch 129: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

20 documents (9 appeal, 11 negative; all EN): our own paraphrases of every document of the local-only
real probe 109 (20 documents). Each keeps the real page's structure line for line (headline and
deck lines, a photo alt line and an image-credit line, duplicated caption/lead lines, duplicated
product-menu headers, a promo image URL line, duplicated newsletter blurbs, a byline with a bio, a
dateline/timestamp line, a column index of headline-plus-"Commentary:" teaser pairs, near-identical
repeated teaser lines, a wire-brief page of "TOWN - " datelines, a correction note, and the cut-off
endings, several stopping mid-word) and exactly what the real gold marks: a magazine's
subscribe-and-save box with its image URL and the bare "Sign up" that starts the following
newsletter line (the newsletter blurbs after it stay text), plus a metered paywall block with its
"already a subscriber" and contact lines; a town-newsletter sign-up heading and blurb inside an
editor's call for good-news stories; a sponsor line at the top and a nonprofit newsroom's
newsletter sign-up sentence under a photo caption; a four-product menu (digital access, home
delivery, text alerts, e-newsletters) above a crowdfunding feature; a one-line "will you donate
today" plea above a column index; a whole page that is a matched-gifts year-end donation appeal; a
two-line sustaining-member plea above an index of teasers; a chain's new election newsletter launch
plus a free-weeks digital subscription line, the whole page; a founder's birthday year-end
matched-donation letter (its byline stays text) and a cut-off give-here line at the end.
Negatives keep what makes the real ones hard: a fire-relief crowdfunding page with totals and a
pastor's quotes, a business-magazine item on a new nonprofit newsroom's undisclosed funders, a food
bank's falling donations with a closing how-to-help quote, a watchmaker's and an inventor's
crowdfunding successes with pledges and goals, council candidates' post-election donations, a
giving-day totals report, a local site's letter to readers naming its revenue sources (voluntary
subscriptions among them), two reports on newspapers' digital subscriptions and paywalls, and wire
briefs with a penny-a-vote contest and a food drive for the paper's own holiday campaign.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches each text is taken as it
stands, every gold appeal substring is located in it (asserted unique) and written out as an unseen
batch. Named `unseen-` because no rule is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 109: appeal constants ------------------------------------------------------------------

_CROSSVIEW_BOX = "\n".join([
    "Subscribe to The Crossview",
    "Step outside your bubble. Read the reporting behind the headlines, along with commentary from across the spectrum.",
    "SUBSCRIBE & SAVE",
    "https://img.crossview.example.com/promo/offer-tiles/kq7rm2xv41c.jpg",
    "Sign up",
])

_CROSSVIEW_WALL = "\n".join([
    "To keep reading this story...",
    "Read on and unlock a limited number of articles every month.",
    "Enjoy unlimited site access, members-only newsletters and a lot more.",
    "Pause or cancel whenever you like.",
    "Already a Crossview subscriber?",
    "Can't remember the email address tied to your account? Contact us",
])

_TOWNWIRE_SIGNUP = "\n".join([
    "Sign Up for Alder Creek Township Newsletter",
    "Our newsletter brings you hometown reporting you can rely on.",
])

_BALLOTLINE_SPONSOR = "Become a Ballotline sponsor"

_BALLOTLINE_NEWSLETTER = (
    "Ballotline is a nonprofit newsroom that covers how elections are run and who gets to vote "
    "nationwide. Get Ballotline Nevada's free newsletter by signing up here."
)

_RIVERBEND_MENU = "\n".join([
    "Digital Edition",
    "Digital Edition",
    "Read on any phone, tablet or laptop and get breaking stories and updates from all over the valley.",
    "Doorstep Delivery",
    "Doorstep Delivery",
    "Hometown headlines, high school games, Milwaukee teams, area arts and events, business, house and garden, recipes, obituaries and plenty else! The paper you reach for each morning! Seven days, weekdays plus the e-Paper, or the e-Paper alone.",
    "Phone Alerts",
    "Phone Alerts",
    "Pick what pings you! Choose the alerts you care about: urgent news, varsity scores, snow days, storm warnings and more. Our alerts cost nothing, though your carrier's messaging charges may still apply.",
    "Inbox Newsletters",
    "Inbox Newsletters",
    "We'll send headlines & updates straight to your email. Register for our free e-newsletters now.",
])

_ALAMO_PLEA = (
    "The Mesquite Ledger counts on its readers to keep its journalism open to everyone in town at no "
    "cost. Can you give a gift today?"
)

_HARBORCITY_MATCH = "\n".join([
    "November is here, and with it another opportunity to keep independent civic reporting going in Harbor City — with every dollar you give doubled.",
    "In plain words: the “GiftMatch” season has returned.",
    "Every year from the first of November to New Year's Eve we pass the hat and ask readers to fund the reporting of our nonprofit newsroom.",
    "We take part in a countrywide drive known as “GiftMatch.” Your gift stays tax-deductible — and on top of that it gets matched one-for-one, up to $750 per donor, until the match fund of $11,500 runs out.",
    "Tap here to give.",
    "When we started in 2006 we were among the very first web-only nonprofit hometown newsrooms staffed by professionals. (A site in Tucson beat us by a few weeks.) Today well over 350 city and state nonprofit news sites belong to the Network of Civic Newsrooms, the group behind GiftMatch. From Boise to El Paso to Brooklyn, together we have built a fresh model and fresh optimism for community reporting and self-government.",
    "That's your doing. No hedge fund owns us; tax-deductible gifts cover our costs, and the stories stay free for everyone who reads them.",
    "Thanks for carrying the Courier through 17 years so far, and we hope for many more ahead.",
])

_DAILYLOOP_MEMBER = "\n".join([
    "The Daily Loop is counting on you",
    "The Daily Loop is counting on you. Sign on today as a Keystone Member!",
])

_CASCADE_NEWSLETTER = "\n".join([
    "Campaigns aren't decided inside the Beltway.",
    "So Ridgeline Media is starting an afternoon digest that gathers 2024 campaign coverage from our 24 papers nationwide and from partner newsrooms rooted in the towns and counties where this race will really be settled. The idea is straightforward: reporters who live in those places see the issues and the kitchen-table worries of voters more clearly than anyone.",
    "With the Ballot Box 2024 newsletter, we want to help you escape the echo chamber, switch off the cable shouting and listen to the voters and stories across the map that actually count in this noisy republic of ours.",
    "Register here for a daily bundle of the sharpest hometown political reporting, sent to your email every afternoon. Watch for the very first issue at 5 p.m. ET today . #HometownNews",
])

_CASCADE_OFFER = "Get to know your region. Enjoy 10 FREE weeks of full digital access when you subscribe. CLAIM OFFER"

_SOUTHFORK_LETTER = "\n".join([
    "Headlines can wear you down, and we get why so many of you want to look away for a while. Still, at Southfork Witness we work hard to hold two things at once: scrutiny and celebration.",
    "We will keep pressing elected leaders and people with power to answer for how our neighborhoods are doing, and we will also honor the folks who push back and keep laughing anyway.",
    "Some days our growth is hard to believe: we began in 2018 as a shoestring effort run on freelance help, and now we're a prize-winning team of 9.",
    "None of it would happen without individual donors — readers who value independent reporting and chip in whatever they can, big or small.",
    "Dec. 4 is my 49th birthday, and to mark it I'm inviting my friends, my relatives and the whole Southfork Witness family to give $8,000 toward our year-end target of $60,000.",
    "Southfork Witness is among the many hundreds of nonprofit newsrooms nationwide taking part in GiftMatch, a fundraising drive that brings in millions for independent reporting that keeps self-government healthy.",
    "Because of our partner funders, every gift made before Dec. 31 gets tripled. So a $50 gift turns into $150. That's a remarkable return — and I think the Southfork Witness newsroom, which next week adds a city hall watchdog reporter and early next year adds a courts and policing reporter, deserves it.",
    "We don't like flooding your inbox with asks, but over the next few weeks you'll hear from us a bit more often than usual.",
    "Scrutiny and celebration belong side by side. Come along with us by giving today.",
])

_SOUTHFORK_FOOTER = (
    "At Southfork Witness, justice = scrutiny + celebration. Back the reporting that shakes up business "
    "as usual and records how our neighbors fight back. Give here and help Southfork Witness reach "
    "$60,000 – every dol"
)


# --- Probe 109: appeal documents ------------------------------------------------------------------

PROBE109_APPEALS = [
    _doc("b129-crossview-countypapers-middle-end", "appeal", "middle+end",
         "Invented; modelled on The Week (opinion column with a subscribe-and-save box, newsletter blurbs and a metered paywall block)", "en", [
             "Small-town papers could rescue the republic",
             "In 2022 I read almost nothing but county news. It rewired how I see the nation.",
             "Barns.",
             "(Image credit: Illustrated | Fenwick/Stockpix, Lowfield/Stockpix, Pressroom Museum)",
             "Here is an admission: I have barely kept up with the capital's political drama this year.",
             "Mostly that is because I have been writing a book. The hours I used to burn refreshing cable panels and chasing minute-by-minute Washington updates have gone instead to soil surveys, the economics of growing sorghum, county water-rights disputes, conservation easement schemes and the like. If you doubted anyone could get excited about rotational fencing for sheep, I have news for you.",
             _CROSSVIEW_BOX + " for The Crossview's Free Newsletters",
             "From our early-morning digest to a Saturday Bright Side email, have the best of The Crossview sent straight to your email.",
             "From our early-morning digest to a Saturday Bright Side email, have the best of The Crossview sent straight to your email.",
             "Sign up",
             _CROSSVIEW_WALL,
             "Hollis Brandvold",
             "Hollis Brandvold is an essayist and reporter based outside Richmond, Virginia. Her work has appeared in The Plains Quarterly, Hearth & Field, The Civic Review and The Tidewater Courier, among other outlets.",
         ], appeals=[_CROSSVIEW_BOX, _CROSSVIEW_WALL]),
    _doc("b129-townwire-goodnews-middle", "appeal", "middle",
         "Invented; modelled on TAPinto Franklin/Somerset (editor's call for good-news stories with a town-newsletter sign-up heading and blurb in the middle)", "en", [
             "Good morning, Alder Creek,",
             "Anyone who follows TownWire Alder Creek/Ridgeway regularly knows we work hard to report whatever happens around town each day, whether it's cheerful or grim.",
             "Today I'm asking readers to send in uplifting news from their own lives. I'd like to run as many of these pieces as I possibly can. If you want your story shared to lift everybody's spirits, write to me at jperalta@townwire.example.org and attach photos or short clips for us to look at.",
             _TOWNWIRE_SIGNUP,
             "What bright spots have you seen on your block since the water went down? Inside your house? Is your shop, club or congregation doing something worth a story? Got a favorite rainy-day project for the kids? A game night idea? Did a neighbor, coworker, coach, council member, or someone from the fire company or rescue squad lend you or someone else a hand? Anything that warms the heart?",
             "These weeks have been unsettled and, frankly, frightening. Asking for cheerful stories doesn't pretend the flood never happened; it shows the good that keeps going despite it.",
             "In hard stretches like this, remarkable and lovely things still happen, maybe they matter more now, or maybe we just pay closer attention. TownWire Alder Creek/Ridgeway wants to publish your moments of generosity, affection, laughter, invention and joy during the cleanup.",
             "Perhaps all those evenings without power have started good routines, like board games by lantern or long dinners at home. Perhaps your tulips are coming up and you want others to enjoy them too? Maybe you know a few ways to stay calm that readers could use?",
             "And let's also talk about ways to support the shops on our main street.",
             "Shop owners, nonprofits and charities: write me directly at jperalta@townwire.example.org about what you have changed to keep serving customers, and how readers",
         ], appeals=[_TOWNWIRE_SIGNUP]),
    _doc("b129-ballotline-silverbasin-recorder-top", "appeal", "top",
         "Invented; modelled on Votebeat (sponsor line at the top, nonprofit newsroom newsletter sentence under the photo caption)", "en", [
             _BALLOTLINE_SPONSOR,
             "In Nevada's Silver Basin County, an open ‘tug-of-war’ over who runs the vote",
             "Delia Marchetti, the newly seated registrar, scraps her deal with commissioners in a fight over authority and budget.",
             "Officials in dark jackets gather at a long wooden table.",
             "Silver Basin County Registrar Delia Marchetti, third from left, presents her spending request to county commissioners at a Feb. 11, 2025, session. Marchetti has walked away from an earlier deal with the commissioners about who administers elections as she presses for extra employees and funding. (Screenshot of Silver Basin County Commission livestream)",
             _BALLOTLINE_NEWSLETTER,
             "Silver Basin County's new registrar is throwing out a deal that divides election duties between her office and the commission, and says she will take the commissioners to court unless they hand her more authority.",
             "Registrar Delia Marchetti's challenge leaves the running of elections in the state's biggest and most closely watched battleground county uncertain and sets up an ugly clash among leading Republicans that could spill over onto voters, with municipal contests coming in June and the 2026 race for governor on the horizon.",
             "Marchetti, who previously served in the state Senate, wants more employees for the registrar's office and a bigger say over mail ballots. In a statement issued this week she said the outgoing commission had stripped those duties from her office in a “last-minute, closed-door land grab,” meaning an interagency contract it signed weeks before she was sworn in.",
             "She said the new commissioners' reluctance to sit down quickly and negotiate a replacement is “putting Silver Basin County's election preparations at risk.”",
             "Commission Chair Raymond Okafor pushed back on Marchetti's account in a statement of his own, saying that “talks have been underway for some time,” and that commissioners are eager to reach a fresh deal with her.",
         ], appeals=[_BALLOTLINE_SPONSOR, _BALLOTLINE_NEWSLETTER]),
    _doc("b129-riverbendnews-fundspark-tinkerer-top", "appeal", "top",
         "Invented; modelled on Sauk Valley Media (four-product subscription menu with duplicated headers above a crowdfunding feature)", "en", [
             _RIVERBEND_MENU,
             "On FundSpark, it's boom or bust",
             "Area inventors pitch to the whole planet, with uneven results",
             "What links Oakhurst, a self-described \"weekend gadgeteer\" from Finland, $9,412, and a 3D printer? A site named FundSpark.",
             "Since it launched in 2010, FundSpark has collected over $640 million from roughly 3.9 million backers to finance upward of 41,000 projects, the company says. A handful of them came from people here in the Riverbend area, among them Caleb Lindgren, a 29-year-old Oakhurst man whose FundSpark page went live on May 14, 2012.",
             "Lindgren shows just how far the platform's crowd-sourcing can stretch. Over 45 days he pulled in $9,412 from 203 supporters, as the site calls them, or 627 percent of the $1,500 goal he had set to buy parts, rent time on a metal lathe and try out a few new prototypes for his printer, according to his project page.",
             "A 3D printer is a computer-driven machine that lays down material one thin layer after another, following a digital model rather than a human hand. It can turn out an astonishing range of objects.",
             "Lindgren's project was a build-it-yourself 3D printer kit that would cost about $250 and ship with the circuit boards needed to run it. He admitted he hadn't anticip",
         ], appeals=[_RIVERBEND_MENU]),
    _doc("b129-mesquiteledger-commentary-index-top", "appeal", "top",
         "Invented; modelled on San Antonio Report (one-line donate plea above a commentary index of headline and teaser pairs)", "en", [
             _ALAMO_PLEA,
             "Twisting a civil-rights hero's words only deepens the country's racial divide",
             "State Sen. Garrett Pell is merely the newest conservative politician to bend the words of civil-rights leader Ella Jameson into a case against considering race at all.",
             "The utility has to keep the lights on first",
             "Commentary: The biggest danger facing Mesquite Power over the next eight years is falling short of the generating capacity our booming city needs, plus the reserves it must hold for heat waves, freezes and other emergencies.",
             "Paved to death: Mesquite has started more road projects than it can manage",
             "Commentary: City leaders and voters overlooked what the 2019-2024 bond's street, overpass and sidewalk work would do to the neighborhoods living through it.",
             "Lighting candles at midwinter is older than any holiday",
             "Commentary: Farming peoples have marked the longest night of the year for thousands of years. Their favorite decoration for those early midwinter feasts? Candles and firelight.",
         ], appeals=[_ALAMO_PLEA]),
    _doc("b129-harborcitycourier-giftmatch-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on New Haven Independent (whole page is a matched-gifts year-end donation appeal)", "en", [
             _HARBORCITY_MATCH,
         ], appeals=[_HARBORCITY_MATCH]),
    _doc("b129-dailyloop-yearinreview-index-top", "appeal", "top",
         "Invented; modelled on The Morning News (two-line sustaining-member plea above an index of near-identical teasers)", "en", [
             _DAILYLOOP_MEMBER,
             "We invited a few of the reporters, authors, and critics we admire most to weigh in: Which events of 2023 mattered most, and which mattered least?",
             "We invited a few of the reporters, authors, and critics we admire most to weigh in: Which events of 2022 mattered most, and which mattered least?",
             "We invited a few of the reporters, authors, and critics we admire most to weigh in: Which events of 2021 mattered most, and which mattered least?",
             "We invited over thirty of the reporters, authors, and critics we admire most to weigh in: Which events of 2020 mattered most, and which mattered least?",
             "Some 150 reader letters, guest columns, and editorials from papers all over the country show a nation split on who deserves a ballot.",
             "Still, since we'd rather look ahead, here are five pieces about guessing what comes next. Read them on The Daily Loop or as an e-book you can send to your...",
             "Voting once gave us a sense of the bigger picture that tied us to what matters. This year's flood of empty noise has left most of us wanting only to log off.",
             "Tiny contributions make up over half of one senator's campaign fund. Tiny contributors, meanwhile, get some of the most crowded inboxes on earth. Yet all those follow-up emails aren't only about money—they're quietly rewiring how you think.",
             "The running-mate choice has been a head-scratcher, and nobody quite knows why it happened—so everyone is guessing. Looking for answers, Ingrid Halvorsen and Dev Raman tour the mind of the nominee.",
             "Down to her final cards, the challenger has tried nearly every trick—even hinting that her rival might not survive the campaign. Our panel looks for a gentler way to wrap it up.",
         ], appeals=[_DAILYLOOP_MEMBER]),
    _doc("b129-thecascadian-ballotbox-newsletter-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on The Olympian (whole page is a chain's election-newsletter launch plus a free-weeks digital subscription line)", "en", [
             _CASCADE_NEWSLETTER,
             _CASCADE_OFFER,
         ], appeals=[_CASCADE_NEWSLETTER, _CASCADE_OFFER]),
    _doc("b129-southforkwitness-birthday-giftmatch-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on MLK50: Justice Through Journalism (founder's birthday matched-donation letter, byline, cut-off give-here line)", "en", [
             _SOUTHFORK_LETTER,
             "Renata J. Okoye is the founding editor of Southfork Witness. Reach her at rokoye@southforkwitness.example.org.",
             _SOUTHFORK_FOOTER,
         ], appeals=[_SOUTHFORK_LETTER, _SOUTHFORK_FOOTER]),
]


# --- Probe 109: negatives -------------------------------------------------------------------------

PROBE109_NEGATIVES = [
    _neg("b129-foxrivertimes-farmhouse-fire-fundraiser-neg",
         "Invented; modelled on Shaw Local (fire-relief crowdfunding report with a duplicated caption/lead and a pastor's quotes, cut off)", "en", [
             "Over $8,400 has been collected so far to help a family whose century-old farmhouse near Millbrook burned down last week. (Dana Rourke)",
             "Over $8,400 has been collected so far to help a family whose century-old farmhouse near Millbrook burned down last week.",
             "Fire officials have not yet determined what started the Feb. 9 blaze. The 2,600-square-foot home, put up in 1897, is thought to be a complete loss and cannot be lived in. Nobody was inside when the fire broke out.",
             "The home, which sits on three acres at 1120 Orchard Road, is known as The Gables because of the 14 steep gables on its roofline. A HelpHarbor page has collected over $8,400 for the family.",
             "Marcus and Jenna Ostrowski and their three kids lived there. The family belongs to Riverside Fellowship in Plainfield, which set up the HelpHarbor page.",
             "“We figured there was plenty of kindness in Millbrook and, honestly, across the whole river valley,” said Aaron Delacroix, one of the senior pastors at Riverside Fellowship in Plainfield.",
             "He said the couple is holding up about as well as anyone could in their situation.",
             "“Right now they're running on adrenaline, juggling a hundred tasks at the same time,” Delacroix said. “It's a lot for them, and we're just trying to carry some of it for them.”",
             "He is grateful that donors to the HelpHarbor page have been so openhanded. Even so, Delacroix said, the family still needs a great deal.",
             "“Unless you've lost a home to fire, you can't picture the list of things to handle,” Delacroix said. “The need hasn't gone away. There's a staggering number of things a family needs that never cross your mind until disaster hits.”",
             "Delacroix said the family has always been giving and warm-hearted themselves.",
             "“They show up for people wherever they live,” he sa",
         ]),
    _neg("b129-northstarbizmonthly-newnewsroom-funders-neg",
         "Invented; modelled on Twin Cities Business (item on a new nonprofit newsroom that won't name its funders, duplicated headline, cut off)", "en", [
             "The Newcomer on the Beat",
             "The Newcomer on the Beat",
             "The region's latest nonprofit newsroom covers the statehouse, but it won't say who pays for it.",
             "The Prairie Ledger went live in early February, zeroing in on the legislature. It is a nonprofit, yet it charges readers nothing and carries no ads. So the natural question: Who is footing the bill for the reporting? “A core piece of the [business] model is that anyone can republish our stories for free,” says executive director Mara Lindahl.",
             "The Ledger belongs to a far bigger nonprofit network, Capitols Collective, whose slogan is “Fearless Statehouse Coverage.” Headquartered in Madison, Wisconsin, and Arlington, Virginia, the network runs 12 newsrooms nationwide and wants to reach 18 states by December. Lindahl says foundations fund the network under what she calls a “traditional grant-making approach.” She stresses that it accepts no money from corporations.",
             "In time, reporting requirements will bring those names to light, but the network is too young to have filed the required federal forms, and Lindahl won't name its present backers. A watchdog site, Donor Trail, reports that “until 2020, the Capitols Collective operated as a sponsored project of the Brightwater Fund, a progressive 501(c)(3) that hosts and funds other projects and is run by the Virginia-based consultancy Linden Partners, which oversees several big-money progressive charities.”",
             "Other nonprofit newsrooms in the region include Northstar Public Media and CityBeat Daily, the second of which is between leaders since its CEO, Priya Anand, left in December.",
             "Ex-Daily Courier political writer Soren Haugen is the Prairie Ledger's top editor and oversees four reporters. Haugen won't name any particular local outlet as a head-to-head rival, saying, “We just want to do strong stories nobody else is doing.” So what made Haugen trade one",
         ]),
    _neg("b129-channel9valley-foodbank-donations-neg",
         "Invented; modelled on NBC Bay Area (TV report on a food bank's falling donations with a closing how-to-help quote, cut off)", "en", [
             "With the holiday season almost here, food pantries are struggling to meet a need for groceries that no longer lets up in any month.",
             "Teresa Villanueva of the Harvest Table Food Bank of Marin and Sonoma said giving has dropped. She said demand has been climbing across the region.",
             "“Right now we're feeding about 190,000 people across both counties in a typical month. That's roughly one neighbor in seven, which is a staggering figure going into the holidays,” Villanueva said.",
             "Before COVID, Villanueva said, Harvest Table was feeding around 120,000 people monthly. Back then many had lost work. Today it's grocery bills and gas prices.",
             "“Everything is hitting at once and giving has fallen about 18% compared with last year, which worries us a lot though it doesn't shock us,” she said. “It's the money, the cash gifts, most folks don't realize that gifts from individuals make up roughly two-thirds of everything we take in.”",
             "Some donors bring in canned goods too. Analysts say shoppers nationwide will see higher prices on almost every aisle this holiday season.",
             "“No doubt about it, this Thanksgiving will cost more than any before it,” said grocery-industry analyst Dora Kessling.",
             "From yams to boxed stuffing, prices have climbed since last year and demand for help hasn't eased.",
             "“What we pay for turkeys has gone up 37 percent, which is a lot, and we want our clients to have one anyway, it's a little thing but everybody wants some kind of holiday tradition,”",
             "The food bank said there are plenty of ways for people to pitch in.",
             "“They can head to our website to sign up as volunteers with their kids, they can give cash since each dollar turns into two meals for someone nearby, or they can swing by and leave",
         ]),
    _neg("b129-northernstarpress-watchmaker-fundspark-neg",
         "Invented; modelled on Pioneer Press (business story on crowdfunding successes with a bulleted photo note, pledges and goals)", "en", [
             "• Marguerite Oyelaran, who owns Bramble Street Bakery and the Copper Kettle diner in St. Vale, turned to FundSpark to pay for a walk-in cooler and to launch curbside pickup.",
             "Vintage-clock repairer Tomas Ekdahl had long wanted to sell a wristwatch he designed himself but had no clear idea where the money would come from.",
             "Then the St. Vale craftsman learned about “crowd-backing,” which means just what you'd guess: asking the general public for money, with small contributions from hundreds or thousands of “supporters” piling up into serious cash.",
             "For his campaign, Ekdahl chose FundSpark. It is one of a handful of websites that host these drives and give them the exposure required to attract pledges from people who like the pitch.",
             "About half of FundSpark drives miss the dollar targets they set by their deadlines. In that case the drives are counted as unsuccessful, the pledges are canceled, and the creators get nothing at all.",
             "Ekdahl's campaign succeeded.",
             "The Chilean-born craftsman sought $15,000 over a six-week drive and collected $71,480 in pledges from 312 backers for the “Marea,” a “modern take on the classic hand-wound dress watch” with a water-resistant canvas band and a see-through case back that shows the gears at work. (“Marea” is Spanish for “tide.”)",
             "Ekdahl actually hit his goal within three days, which guaranteed him the money — less FundSpark's 6-percent fee on funded drives — no matter what came next. His drive never turned into a runaway hit raking in millions (as some have), but Ekdahl is delighted.",
             "“It's humbling,” said the clock repairer, who says suggestions from his FundSpark backers prompted several changes to the Marea's design. The watch, offered in two versions, goes out to buyers next spring.",
         ]),
    _neg("b129-harborviewherald-inventor-fundspark-record-neg",
         "Invented; modelled on Penobscot Bay Pilot (crowdfunding record story with deck, timestamp line and a quoted launch account, cut off)", "en", [
             "Over $141K pledged for a project that aimed for $7K...and it keeps climbing",
             "Harborview inventor sets FundSpark record",
             "Wed, 08/13/2014 - 9:15am",
             "HARBORVIEW—Semi-retired engineer Walt Pruitt of Harborview had never tried the well-known crowdfunding site FundSpark and had little idea what would happen last month as he and his co-founder, Nadia Sorensen, opened a FundSpark campaign for their folding kayak paddle, the TideLite.",
             "Among crowdfunding platforms such as PledgeTree and HelpHarbor, FundSpark is likely the best-known venue for makers and small firms seeking money for inventive products. Sorensen, who holds three patents on her lightweight composite process, has built paddles and other marine gear with that process for nearly 15 years. Her largest clients include Coast Guard rescue units and several college rowing programs. Sorensen and Pruitt agreed to partner on a consumer version of her rescue paddle, a kind of “paddle with superpowers.”",
             "First, though, they had to raise money for testing, tooling, promotion and patent costs. That's where FundSpark came in.",
             "After roughly ten days of getting the campaign ready, including shooting a short film with their campaign adviser Jonah Ferris of Baywise Media, Pruitt remembers what followed once he hit “go live” on July 28.",
             "“Within a minute, my inbox told me two backers had already signed on,” Pruitt said. “I wondered, ‘How on earth did that happen so quickly? Were they sitting on FundSpark just waiting for us to post?’ Half an hour later, 12 people had pledged. Within four hours, 60 backers had snapped up all 60 of our discounted launch paddles. Before a day had passed, we'd blown past our $7,000 target. On day two, FundSpark emailed us to say we'd been picked as one of",
         ]),
    _neg("b129-ridgeviewvoice-council-latedonations-neg",
         "Invented; modelled on Mountain View Voice (report on council candidates' post-election donations, cut off mid-number)", "en", [
             "Year-end finance filings from last fall's race show that several Ridgeview City Council candidates kept raising money at a brisk pace well after the votes were counted.",
             "Measured by dollars, the leader now is Councilwoman Helen Abernathy. Having won a third term, Abernathy disclosed last week that she collected another $9,870 for her campaign by Dec. 31, pushing her contributions for 2018 to $41,215.",
             "Abernathy told the Voice she started raising money after the election to pay back roughly $9,000 she had lent her own campaign.",
             "\"I owed money, so I called my biggest supporters and said I'd be grateful for help clearing that loan,\" she said. \"Nobody should go broke serving on the council -- public service ought to be respected.\"",
             "A number of Abernathy's late contributors have matters pending at City Hall. Los Altos Hills couple Gregory and Lena Whitcombe, whose family owns hundreds of rental units around Sunnyvale, gave $2,000 to retire Abernathy's debt. The Redwood City developer Calloway Homes, now pursuing roughly 800 apartments in Ridgeview, also gave $2,000. Her campaign listed $1,000 from the Ventura Group, which is asking the city to approve two combined retail and housing projects.",
             "Five staff members at Brightline Partners jointly gave $1,500 to Abernathy's campaign. Brightline is now seeking to put up 64 townhomes on the Lorraine Avenue lot of a former tire shop.",
             "Councilman Victor Okonkwo disclosed no new money for his 2018 re-election bid, but he did report contributions tied to earlier campaigns. In January, Okonkwo shut down the committee from his losing 2010 council race. Filings show that old committee still owed around $6,000. He paid off that debt using a fresh $3,10",
         ]),
    _neg("b129-pacificcrestdaily-givingday-totals-neg",
         "Invented; modelled on The San Diego Union-Tribune (wire report on giving-day donation totals)", "en", [
             "Giving Day gifts climb 18% over last year",
             "Gifts made on Giving Day, a nine-year-old drive that encourages people to donate to nonprofits, grew 18% compared with last year, its organizers reported.",
             "About $3.1 billion was given across the country on Wednesday, according to figures from the Giving Day Alliance, the group that runs the event. Last year's total was roughly $2.6 billion.",
             "Giving Day began in 2011 to nudge people toward charity on the Wednesday after Thanksgiving, just as holiday spending gets underway and wallets are already open.",
             "A neighborhood settlement house in Chicago gets credit for the original idea. A separate group, the Giving Day Alliance, was formed afterward to coordinate and publicize it.",
             "Nonprofits and companies use the hashtag #GivingDay online to build buzz and ask for gifts. Full Plates Fund, for one, said it took in $1.9 million on Giving Day, a jump of 290% from last year's $485,000.",
             "In April, the Giving Day Alliance ran an extra online drive urging people to support nonprofits during the outbreak, raising somewhat more than $430 million online.",
         ]),
    _neg("b129-planetlakewood-letter-revenue-neg",
         "Invented; modelled on Planet Princeton (editor's letter to readers defending the site and naming its revenue sources, cut off)", "en", [
             "An open letter to readers about the attacks on Lakewood Dispatch and our local press",
             "For years a key theme of the governor's politics has been a steady campaign against reporters. Journalists get cast not as neighbors doing a job, but as “traitors to the state.” That campaign has real costs for reporting everywhere, from the capital down to the smallest town.",
             "Community reporters like the ones at Lakewood Dispatch see our work as something we do for you, our neighbors. We live in this town, and Lakewood and the lake country matter enormously to us.",
             "We show up so you can see how your representatives spend public money and what they decide on your behalf.",
             "Reporters interview sources, dig up records, and press for answers so you can follow how the schools, the township and the county use your dollars.",
             "When the township wants to raise your property tax, we will explain the reasons and the amount. When sludge is being dumped illegally at the wastewater plant, we will expose it and stay on it. When the flu is spreading through your grandmother's care home, we will report the numbers and what state regulators are doing about those facilities.",
             "If you spot a mistake in something we published, let us know and we will look into it and fix it.",
             "This morning several readers alerted us to posts attacking Lakewood Dispatch and the Lakewood Ledger on the social media pages of two township committee members.",
             "In one of those threads, a resident who has been hostile to our coverage for years and has repeatedly tried to rewrite what happened, and who is married to a former planning board member, says we publish flattering political stories paid for by hidden donors. Let me be clear with our readers that this is simply false.",
             "Lakewood Dispatch can cover the news thanks to three main kinds of income — advertising, digital marketing services for local clients, and optional reader subscriptions. Without every one of those income str",
         ]),
    _neg("b129-redwoodcoastbiz-digitalsubs-neg",
         "Invented; modelled on North Bay Business Journal (report on local newspapers' digital subscription growth, cut off)", "en", [
             "Community papers see early signs of a digital subscription turnaround",
             "When the private equity firm Granite Peak Holdings offered to buy the newspaper group Harlan Media last October, many reporters at Harlan's papers spoke against the deal because Granite Peak had gutted newsrooms at the papers it already controls.",
             "Harlan's holding in Oregon is Willamette Valley Press, which puts out the Salem Standard, the Dallas Observer-Tribune, the Silverton Appeal and The Weekly Aumsville.",
             "The company's biggest investor, Ashgrove Partners, objected for another reason. Ashgrove's founder, Lydia Ferrante, thought Granite Peak was offering much too little. Her argument: the bid failed to account for what digital subscriptions could be worth.",
             "“Harlan is sitting on a huge opportunity,” Ferrante said in an interview this month. “My guess is they'll hit a million digital readers sooner than people expect.”",
             "That confidence might seem odd. Over 2,300 community papers have shut down since 2005, according to a study from Northwestern University, as readers moved online and the tech giants swallowed most of the digital advertising. Newsroom jobs at papers dropped to 30,000 in 2021 from 68,000 in 2009, according to federal labor figures.",
             "Still, financial reports and conversations with executives at community papers seem to support, at least in part, Ferrante's faith in what local publishers can earn from digital subscriptions.",
             "Harlan, the fourth-biggest group by total circulation and owner of The Tacoma Sentinel and The Fresno Clarion, said this month its digital subscriber count grew 49% from a year earlier. The group now counts 380,000 paid online readers — roughly halfway to its target of 760,000 by 2027.",
             "Keystone Newspapers, the biggest group, said in December that its digital-only subscribers grew 41% year over year, to 1.3 million. The group owns roughly 230 daily",
         ]),
    _neg("b129-nationalweeklyreport-paywalls-neg",
         "Invented; modelled on U.S. News & World Report (paywall trend story with a duplicated stat line and a correction note)", "en", [
             "Paywalls May Keep Local Papers Alive on the Web",
             "Small-market publishers are hitting near-term targets by charging for digital access.",
             "Figures from the Local Publishers Council show paid circulation income rose 4 percent at daily papers in 2013.",
             "Figures from the Local Publishers Council show paid circulation income rose 4 percent at daily papers in 2013.",
             "Should the pattern hold, though, the road to steady finances for hometown dailies could get easier. \"We sometimes wait forever for the perfect moment instead of just acting,\" says Renee Castellano, head of reader revenue at The Gazette-Ledger in Savannah, Ga.",
             "The family-owned daily moved to a metered model run by PayLane last June, and Castellano says the early numbers are encouraging. \"Ten months in, we're beating our projections,\" she says.",
             "As for hometown dailies still giving everything away, Castellano has a warning: \"Every day without a plan, they're walking past revenue.\"",
             "Corrected on 5/2/2014: An earlier version of this story gave the wrong name for Harlan Media's senior director of reader revenue. She is Constance Abiola-Reyes.",
         ]),
    _neg("b129-brannockcourier-briefs-fooddrive-neg",
         "Invented; modelled on Standard Democrat (page of dateline briefs with a penny-a-vote contest and a food drive for the paper's holiday campaign)", "en", [
             "BRANNOCK - Delbert Huckaby Jr. was discharged from the Army last week at Fort Chaffee in Arkansas and then traveled to Little Rock, Ark., for a short stay with his aunt and uncle, Mr. and Mrs. R.L. Pettibone.",
             "BRANNOCK - The yearly meeting of the Cotton Growers Cooperative will take place Friday at the VFW Hall, with Harlan Teague, a Dexter rancher and feed-store owner, as keynote speaker.",
             "BRANNOCK - Two staff members at Maplecrest Care Center were recognized after placing in the Pumpkin King contest Monday. Orla Whitsett, activities director, took second and went home with a pumpkin pie for Thanksgiving. Aide Lorna Biggs won a 10-pound ham. Residents picked their Pumpkin King by putting in a penny for each vote. The care center collected $47 in contest money, which will go toward resident activities.",
             "NEW MADRID - A wide-ranging manhunt is underway in Pemiscot Valley as officers keep searching for three inmates who broke out late Sunday night from the Pemiscot Valley Detention Center. Sheriff Dwayne Colter said a team of specialists has been brought in to help his deputies as they follow up on dozens of tips.",
             "WASHINGTON (AP) - Truckers, take note. Starting March 3 the federal logbook rule is gone. The president signed a freight safety bill on Wednesday that scraps federal rest-hour limits and the national weigh-station mandate.",
             "BRANNOCK - The Brannock Public Library is again holding its Amnesty Days. No overdue charges will be collected Monday through Dec. 20, but the library is asking for a \"fee\" of one boxed or canned food item per overdue book, which will go to the Brannock Courier's yearly Holiday Food Basket Drive.",
         ]),
]


BATCH129_DOCUMENTS = PROBE109_APPEALS + PROBE109_NEGATIVES
