"""Batch 150: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (8 appeal, 8 negative; EN): our own paraphrases of every document of the local-only real
probe 130 (16 documents). Each keeps the real page's structure (headline and "Published" dateline
lines, a "By Staff" byline, a publisher's contact line, a bulleted political news digest with source
credits in parentheses and a cut-off last item, a newsletter's list of alternating headline and dek
lines, a radio show page with a photo credit, a lone "/" line and a caption, a columnist's pet-radio
column, a news-service page with photo-credit lines between teasers, a one-month-old site's editor's
note, a weekly programme list with bullet lines and trailing spaces, cut-off endings mid-word) and
exactly what the real gold marks: a one-line email-newsletter sign-up label in the middle of a
print-schedule story; a newsletter / support-local-news / newsletter menu trio at the top; a
"Sign In | Subscribe" header line; a newsletter sign-up label cut off mid-word at the very end; a
free-list subscribe line at the top and a "subscribe today / thank you" pair inside the headline list;
a donate button at the top plus a "made possible by our members" credit line in the middle of a show
page; a public-radio pledge plea that starts mid-paragraph and runs into the cut-off last line; a
"subscribe to our weekly newsletter, bookmark our homepage" tail of a service blurb and a "go here to
subscribe" sentence at the head of a teaser (the rest of that line stays text). Negatives keep what
makes the real ones hard: a mayoral race's fundraising totals and donor quotes, a small daily's
nostalgic note about its old building, a young paper's cover-price and subscription-rate changes, a
magazine's staff notes thanking readers for gift subscriptions and research-fund gifts, a charity
campaign kick-off with payroll giving, a sheriff's toy and food drive asking for donations, a
programme list ending in a partner station's on-air fundraiser, a holiday editorial praising readers'
giving.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch150` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch150.jsonl.
"""


from whole_documents import _doc, _neg


# --- Probe 130: appeal documents ----------------------------------------------------------------

_COURIER_SIGNUP = "Sign up for our email newsletter"

_CRIER_TRIO = "\n".join([
    "Get the Newsletter",
    "Back Local Reporting",
    "Get the Newsletter",
])

_WIRE_HEADER = "Sign In | Subscribe"

_GAZETTE_CUT = "Newsletter sign-u"

_LEDGERLINE_TOP = "Get the free letter by email"

_LEDGERLINE_MID = "\n".join([
    "Sign up now!",
    "We appreciate you.",
])

_KWRV_GIVE = "Give Now"

_KWRV_MEMBERS = "River Valley Weekly exists because of support from KWRV members. We're grateful!"

_GULF_PLEA = "\n".join([
    "And every bit of it depends on listeners like you.",
    "Plenty of good causes ask for your gift. I only ask you to think about how many hours a week you tune in, and how much you count on Gulf Coast Public Radio to bring you the lat",
])

_PRAIRIE_NEWSLETTER = "Get our newsletter once a week. Save our front page at prairienews.example.org"

_PRAIRIE_GOHERE = "Click here to sign up for Letters From the Plains."


PROBE130_APPEALS = [
    _doc("b150-millbrookcourier-printschedule-middle", "appeal", "middle",
         "Invented; modelled on Ironton Tribune (print-schedule story with a one-line email-newsletter sign-up label mid-article)", "en", [
             "Courier moves to a twice-weekly print schedule",
             "Published 7:20 am Tuesday, March 17, 2020",
             "Facing the financial strain brought on by the pandemic, and a long shift in the way its audience finds local reporting, The Millbrook Courier will switch to two printed issues a week, landing on Tuesday and Friday.",
             "Online readership at the Courier has climbed to new highs and paid print customers keep signing on, yet the paper, along with most others in the nation, has lost a large share of its ad revenue now that shops are shuttered and gatherings called off.",
             "“Whatever the format or the day of the week, keeping people informed is still the job that comes first,” publisher Dana Kettering said. “The jump in online visits tells us most of our audience now reads on a screen. Printing less often lets us follow readers to where they already are, and frees our reporters to post stories the moment they break.”",
             _COURIER_SIGNUP,
             "Starting next month, printed copies of the Courier can be picked up on Tuesday and Friday, and each issue will carry extra pages. People who pay for home delivery or the digital replica will get their copies by mail carrier or by email on those two mornings.",
             "“Putting out two issues lets our newsroom build fuller, more local papers, with every feature readers expect and then some,” Kettering added.",
             "Subscription rates will not change. Single copies sold from boxes and at stores will cost 75 cents on Tuesday and $1.25 on Friday.",
             "“We will keep reporting on the virus and on how Millbrook gets back on its feet,” Kettering said. “During a stretch like this, our promise to you is stronger than ever, and we are truly grateful for the tru",
         ], appeals=[_COURIER_SIGNUP]),
    _doc("b150-ashfordcrier-onemonth-top", "appeal", "top",
         "Invented; modelled on Longmont Leader (newsletter / support-local-news menu trio above an editor's note)", "en", [
             _CRIER_TRIO,
             "The Ashford Crier turns one month old. Here is how to get involved",
             "We reached our first monthly milestone today.",
             "Rosalind Pike, Ashford Crier editor",
             "We reached our first monthly milestone today!",
             "Our small crew at the Crier — deputy editor Noel Grimsby, reporter Hattie Quon and partnerships lead Felix Ambrose — has spent every week learning more about Ashford through the tips and stories you keep sending our way at",
             "Hattie and Felix will introduce themselves properly in short posts coming up shortly.",
             "We are grateful for everything you have already given to make these early weeks such a success.",
             "Pitching in is a big part of life in Ashford, and it matters a great deal to me. At a recent check-in with the Lantern Project team, the group that backs the Crier behind the scenes, they told me they had not expected so many residents to take part so quickly.",
             "Hearing from locals keeps our coverage honest, and it also helps our stories find the readers who need them most. So I would like to ask you to take a bigger role at the Crier: write a regular column, take on paid freelance reporting or photography, or send us an op-ed. We want neighborhood stories told in your own words.",
             "Do you coach youth sports, garden seriously or run a bakery with recipes to share? Do you know budgeting and have advice that could help households stretch a paycheck? Readers have told us about lots of subjects they would like locals to write about. Click here for details on writing a column.",
             "Because our newsroom is tiny, we also hire freelancers for stories that would otherwise slip through the cracks. Writers in Ashford are welcome to send us ideas from any corner of town. Drop Rosalind a line to find out more and get started.",
             "Back when I ran a weekly paper up",
         ], appeals=[_CRIER_TRIO]),
    _doc("b150-hartwellwire-citydigest-top", "appeal", "top",
         "Invented; modelled on Howey Politics Indiana (political news digest with a sign-in | subscribe header line)", "en", [
             _WIRE_HEADER,
             "Monday, November 12, 2018",
             "• TOWNS: MARLOW SCHOOL DISTRICT PLACES $410M BOND ON BALLOT - Trustees of the Marlow Unified School District voted late Wednesday to put a bond of more than $400 million before voters in the spring election (Channel 9). Backers say the money would raise teacher pay, expand help for students with disabilities and harden building entrances. If voters agree, the bond would add at most 42 cents to the tax on every $100 of a home's assessed value.",
             "TOWNS: EASTPORT RIVERBANK CLEANUP PRICE TRIPLES - State environmental officials now say cleaning up two stretches of the Eastport riverfront will cost roughly three times what they first projected (Okafor, Eastport Ledger). A report issued Thursday shows that soil removal near the old tannery site will run well past earlier figures. For the two residential blocks closest to the water, the price tag has grown from about $14.1 million to nearly $43.6 million.",
             "TOWNS: CARVER COUNTY, CITY OF GLENWOOD FILE SUIT OVER PAINKILLERS - Carver County and the city of Glenwood have joined the growing list of local governments taking drug companies to court (Lindqvist, Statehouse Report). Mayor Tessa Brandt calls the suit \"just one tool\" local leaders are using to deal with the human and \"very real budget costs\" of the addiction crisis. Commissioner Leon Oduya says the goal is to hold suppliers \"accountable for the damage they have done to families here.\"",
             "TOWNS: FAIRVIEW COUNCIL BEATS MAYOR'S PAY-RAISE VETO - The Fairview City Council once more overturned Mayor Gil Andrade's veto of raises for elected officials (Pruitt, Fairview Press). Members voted 6-1 on Tuesday ,a",
         ], appeals=[_WIRE_HEADER]),
    _doc("b150-pinecrestgazette-progress-end", "appeal", "end",
         "Invented; modelled on Brewton Standard (publisher's column with a newsletter sign-up label cut off mid-word at the end)", "en", [
             "Special section celebrates ‘Home Ground'",
             "Published 6:45 am Thursday, March 6, 2008",
             "By Staff",
             "Were you aware that Pinecrest quilter Ada Whitlock sells her quilts to pay for a church trip overseas?",
             "Were you aware that our local classrooms hold a budding astronaut, a future forensic nurse and a stage director, to name a few?",
             "Were you aware that a fellow on the north side of Pinecrest has a cat that rides in his bicycle basket to the post office?",
             "Pick up this year's annual special section, which probably hit your porch hard enough this morning to rattle the windows, and you will find all of that and plenty more about the place we live.",
             "This year's edition, a project our staff spent many months on, turns the spotlight on the folks and spots that give Pinecrest and North Pinecrest their character. We named it Home Ground, because it gathers the stories that bind the two towns into one.",
             "One section is given over to Quiet Helpers picked by our readers, people who do unnoticed work that changes lives around them; another profiles workers who have stayed with local firms for decades and helped them grow. Still more pages cover students, families and the clubs and charities that serve us.",
             "Our staff is proud of this edition, for the effort poured into the ads, the writing and the pictures, and even more because it holds up a mirror to our towns.",
             "Every one of us has heard people run our towns down, griping that there is no place to go on a Saturday or claiming the two sides of Cypress Creek will never see eye to eye.",
             "That isn't the Pinecrest and North Pinecrest I live in, and a stroll through this year's section will show you the neighbors and friends who make this corner of the county special.",
             "Give yourself an evening, since all 72 pages will keep you busy for a bit, and savor the section. You are part of the picture, too.",
             "Lorna Haskett Reyes is publisher of The Pinecrest Gazette. Call her at 555-0148 or send an e-mail to",
             _GAZETTE_CUT,
         ], appeals=[_GAZETTE_CUT]),
    _doc("b150-ledgerline-headlinelist-topmiddle", "appeal", "top+middle",
         "Invented; modelled on Editorial Board newsletter (free-list subscribe line at top, subscribe/thank-you pair inside a headline and dek list)", "en", [
             _LEDGERLINE_TOP,
             "Recent Posts",
             "The true believers of the capital press pack",
             "As with every crusade, theirs will turn on them sooner or later.",
             "The wilder the opposition gets, the easier next year becomes for the incumbents",
             "A party that gambles on turmoil and gridlock is still making a gamble.",
             "Does the new majority leader actually think faith and government are one thing?",
             "The more pressing worry: what will his allies try once they hold the gavel?",
             "A democracy of many colors will outlast the strongman's comeback",
             "A conversation with the historian Delia Marchetti.",
             "The former president is no magic weapon",
             "Liberals have been told that story for close to a decade, argues Owen Trask, who hosts the Past the Polls podcast.",
             "When falsehood becomes the house style of politics",
             "Nobody should hold their breath for the press corps to fix itself.",
             _LEDGERLINE_MID,
             "‘Defending yourself and taking vengeance are not the same act. Our common life rests on one and is endangered by the other’",
             "A conversation with the author of Fear, Inc. and The Grievance Machine.",
             "Why could the old frontrunner win once more? Because much of his base never stopped wanting him",
             "“You simply can't look past that,” argues columnist Renee Obuya.",
         ], appeals=[_LEDGERLINE_TOP, _LEDGERLINE_MID]),
    _doc("b150-kwrv-rivervalleyweekly-show-topmiddle", "appeal", "top+middle",
         "Invented; modelled on KUNC (public-radio show page with a donate button at top and a members-support credit line mid-page)", "en", [
             _KWRV_GIVE,
             "KWRV's River Valley Weekly",
             "River Valley Weekly: The Long Game",
             "Published August 3, 2021 at 5:47 PM MDT",
             "Lena Okoro via Wikimedia",
             "/",
             "The minor-league ballpark in Cedar Falls, seen from a drone in 2016.",
             "This episode of River Valley Weekly: We look at campaign gifts from the owners of the region's biggest sports franchises and how the games and the ballot box overlap. Then, we learn how warmer summers are pushing the mountain marmot to higher ground. We talk with a rancher in Elkhorn where neighbors take turns driving to the nearest drugstore, and with a journalist tracking the closure of small-town pharmacies. And we catch up on an outdoor summer cinema that is returning to the Millrace Amphitheater.",
             "Joining us this episode: Priya Dunmore, an investigative reporter at the Mountain Ledger; Caleb Rostova, who covers health for the Western Health Desk; and Nadia Elkhorn-Price, a rancher and grandmother. This episode includes a story from: reporting intern Jonah Beale. We also hear from KWRV arts reviewer Marguerite Lacy.",
             _KWRV_MEMBERS,
             "River Valley Weekly is hosted by Tomas Reyna (@tomasreyna) and Greta Ballard. Our producers are Ivo Kranz (@ivo_kranz), Sela Moore (@selamoore) and Pim Ochoa (@pimochoa). KWRV news director Hal Winters serves as executive producer. Digital editor Noor Aziz edited this page.",
             "Our opening theme was written by local players Dee Castillo and Arlo Finch. Additional music comes from Quiet Orchard Studio.",
             "KWRV's River Valley Weekly is a magazine show that takes a close look at the news and cultural life of the river valley. You can hear it on our site, along with most podcast apps and Spoti",
         ], appeals=[_KWRV_GIVE, _KWRV_MEMBERS]),
    _doc("b150-gulfcoastpr-petcolumn-end", "appeal", "end",
         "Invented; modelled on Alabama Public Radio (pet columnist's piece ending in a pledge plea cut off mid-word)", "en", [
             "Loyal Friends",
             "Oct 14, 2017",
             "Keeping the radio nearby to hear the latest news!",
             "Credit rdwalker [Wikimedia]",
             "Even when there is no TV in reach, Gulf Coast Public Radio is always there for you.  In the car, at the grocery store, on the way to the office, even in a hurricane with the lights out, you can keep up with what's worth hearing, what matters, and what you ought to know.",
             "Part of why we animal lovers adore our pets is the company they keep us. Call your terrier and watch him come bounding over with ears up, and you know he's on your side. When your tabby curls up on your keyboard to get noticed, you know she feels safe with you. Lots of listeners tell me they love pet segments because their own animals mean so much to them.",
             "Another loyal friend in many homes is Gulf Coast Public Radio. The station aims to be the place you turn to first for news you can rely on. Its audience for the big national morning and afternoon newscasts has in fact risen sharply in recent seasons, even as listening to commercial stations has dropped.",
             "A neighbor told me not long ago that he quit the early breakfast shows on the commercial TV networks, because they were all celebrity chatter and hardly any actual reporting. Serious reporting is what public radio does best. And the prize-winning newsroom at Gulf Coast Public Radio works hand in hand with the national network to tell you what's going on across the globe, around the country, in our state and down the street. ",
             "Yet the station offers far more than headlines. There's opera on Sunday, old-time jazz, a cooking call-in show, a gardening hour and, naturally, Paws and Claws. " + _GULF_PLEA,
         ], appeals=[_GULF_PLEA]),
    _doc("b150-prairienews-teasers-topmiddle", "appeal", "top+middle",
         "Invented; modelled on KCUR / Kansas News Service (news-service page: weekly-newsletter and bookmark tail of the blurb, go-here-to-subscribe sentence atop a teaser)", "en", [
             "Prairie News Service",
             "The Prairie News Service does in-depth, original reporting that digs into the laws, trends and events shaping how people across the plains live and stay healthy, and explains how they fit together. Its reporters work out of KPRV and partner with public stations and other newsrooms throughout the region. " + _PRAIRIE_NEWSLETTER,
             "Other outlets may reprint Prairie News Service articles and pictures free of charge if they credit us and link to kprv.example.org.",
             "The Prairie News Service is funded by a coalition of charitable groups, with the Plainsview Wellness Trust in the lead. The Cottonwood Fund, the Meadowlark Foundation, the Harvest Care Alliance and the Open Range Health Fund also contribute. More money comes from a national public broadcasting grant.",
             "Ines Varga / Prairie News Service",
             "Rhonda Keel once earned roughly $27,000 a year. That was too much to get public assistance, yet not enough to cover rent and groceries without a struggle.",
             "“I was working so hard only to stay broke,” she said. “It wore me down.”",
             "When money ran out, Keel, who raised two kids by herself in Millford, signed up for a short-term cash advance: a few hundred dollars at steep interest, due in full on her next payday.",
             "Darnell Fisk / KPRV 90.7",
             "Owen Lacroix has left his job running The Riverton Herald, and Paula Dimas, the paper's top editor since 2011, will now lead the company.",
             "Sam Ortiz / For the Prairie News Service",
             _PRAIRIE_GOHERE + " This year, we examine what lies ahead for small farm towns.",
             "HOLLIS, Plains — The small towns of the plains have a proud history, but years of people moving away now threaten to leave many once-busy places nearly empty. ",
             "You can see the fight to hang on in boarded-up storefronts, closed mills and worn blocks of homes that mostly went up before the Korean War",
         ], appeals=[_PRAIRIE_NEWSLETTER, _PRAIRIE_GOHERE]),
]


# --- Probe 130: negatives -----------------------------------------------------------------------

PROBE130_NEGATIVES = [
    _neg("b150-lakeshorecardinal-mayorrace-fundraising-neg",
         "Invented; modelled on Badger Herald (student paper on a mayoral race's fundraising totals and donor quotes)", "en", [
             "Campaign finance reports filed with the city clerk show Mayor Helen Strand ahead of her challengers in money raised.",
             "Between July 1 and Dec. 31, Strand brought in over $38,000 from 412 separate contributors.",
             "\"People have watched her deliver for this city, and that makes them eager to get behind her,\" said Jordan Pelletier, who manages Strand's campaign.",
             "So far the mayor has put $500 of her own into the bid for a second term. One of her rivals, former county supervisor and restaurant owner Curtis Vance, has given his own campaign over $70,000.",
             "\"It proves how serious he is about this race and that no outside interest group will be pulling his strings,\" said Vance spokesperson Ayesha Lind.",
             "In the latest period, Vance took in roughly $49,000. Since entering the race, he has collected over $121,000.",
             "Strand started laying the groundwork for a second run not long after she won in 2004. Over her time in office she has brought in roughly $205,000.",
             "Pelletier said most of Strand's money has come from city residents, and that the typical gift has been under $90.",
             "\"She is relying on her neighbors, while her conservative rival (Vance) is relying on builders and his own bank account,\" Pelletier said.",
             "Also on the ballot is Rafael Ibarra, who directs the nonprofit Casa Unida. Ibarra has so far taken in roughly $5,800 from donors who gave without being asked and has not put any of his own money in.",
             "\"I'm not going to purchase this election; I'm not going to purchase the mayor's office,\" Ibarra said. \"I'm relying on ordinary people.\"",
             "Ibarra blames his smaller totals on joining the contest late. He filed only days before the cutoff, when many givers had already lined up behind someone else.",
             "\"If I had gotten in soo",
         ]),
    _neg("b150-delmarchronicle-oldbuilding-newera-neg",
         "Invented; modelled on Bogalusa Daily News (small daily's nostalgic note about its old building and shrinking staff)", "en", [
             "A new chapter for the Delmar Chronicle",
             "Published 9:40 am Thursday, June 6, 2024",
             "For nearly a hundred years, The Delmar Chronicle has been this town's newspaper of record, turning out solid reporting week after week. When Delmar swelled to its largest size in the 1960s, our brick home on Cannery Row got new wings, new presses and a new look to serve all those readers. As the readership thinned, the 10,000-square-foot building grew quieter, and new technology let a handful of committed staffers do what used to take a crowd.",
             "Some years back we handed our press work to an outside printer, and today much of the place feels more like a historical exhibit than a working newsroom. Now and then I stroll through the rooms, desks still in place, and picture myself on deadline back in the glory days, pounding a manual keyboard in a haze of pipe smoke well after dark, rushing a late story to the pressroom past 1 a.m. and then doing it all again the next morning.",
             "I page through our big bound archives, from the end of the Second World War to the marches of the civil rights era, on to the Gulf War and a garden column about growing tomatoes in clay soil. I notice how the team pictures change once the schools were integrated, and I wonder what the darkroom man thought as he printed his first color shots of a mixed team. The Chronicle is nearly as old as Delmar, and we have patiently recorded and pictured every change of the past hundred years, the proud moments and the painful ones.",
             "My two colleagues both started here in the 1970s, and they love to talk about the paper's best years. They share tales of the colorful people who passed through, of the sharp, hard-working reporters and editors who once filled the halls at every hour, frequently to the d",
         ]),
    _neg("b150-tricountyregister-pricing-neg",
         "Invented; modelled on Grand Forks Gazette (young paper explaining cover-price and subscription-rate changes)", "en", [
             "Register Explains New Rates",
             "When we launched this paper in 2021, we wanted to keep it as affordable as we could. Our expenses, however, went up by more than 25% last year, and by 12% the year prior. Newsprint, ink and all the rest (replacement rollers for the press, binding wire and so on) cost more every month. Now that we are nearing our third anniversary, eighteen months of holding the line is all we can manage, and a price increase can no longer wait. The hard part of raising the newsstand price, and the subscription rates that follow from it, is that you have to raise it far enough that you won't be back doing it again a few months later.",
             "One reason is a post office rule that periodicals must be sold for more than a token amount. In plain terms, each copy has to bring in more, on average, than it costs us to print. At present, a yearly subscription to the weekday paper usually falls short of that line. The weekend edition was nowhere near covering its printing cost, which is why we never mailed it in the first place. Beginning February 2nd, the weekend edition will be available by mail as well. Weekend copies will be mailed Monday, so readers who take every edition will probably get the weekend and Tuesday papers together or a day apart.",
             "If you have already paid ahead, don't worry: only the RENEWAL rate of your subscription goes up, and nothing you have paid for will be affected. Your current subscription will not cost you a cent more. Readers on automatic monthly billing will keep their present rate until after February 3rd. Rates for paid-in-advance subscriptions change on January 13th. Any subscriptions we are unable to convert will be closed out, and we will contact those readers to start fresh ones. Every monthly-billing account is being moved to our standard automatic plan, and we need your consent to bill the card we have on file for yo",
         ]),
    _neg("b150-westernridge-staffnotes-thanks-neg",
         "Invented; modelled on High Country News (magazine staff notes thanking readers for gift subscriptions and research-fund gifts)", "en", [
             "Readers answer the call once more",
             "We had happy news for the Western Ridge board when it met online on Feb. 2 for its midwinter session: during the holiday season, readers gave more gift subscriptions and Reporting Fund contributions than ever before, and several sizable foundation grants came in for our journalism and the rebuild of our website and apps. That wave put our savings on solid footing and pushed paid circulation above 19,000 for the first time since 2009. We are so grateful for your generosity and look forward to thanking you with a strong slate of stories this spring.",
             "Curious callers",
             "Dropping by our office in Hotchkiss Flats not long ago, longtime reader and neighbor Marta Evenson-Cole came with two lanky young guests who had plenty to ask about Western Ridge. One was her nephew Desmond, a college senior writing his economics capstone on employee-owned companies; the other was his roommate, Tyler Banks, who somehow fits coursework around flying search-and-rescue missions for the Coast Guard reserve. Both were puzzled that a publication covering the whole interior West is based in a tiny mountain town; we gladly walked them through the magazine's winding history. (They did not say whether they regretted bringing it up.) To read more about where we came from, visit westernridge.example.org/story.",
             "Fresh titles from our circle",
             "Onetime Western Ridge staff writer Lydia Marsh has published a digital book on drought and migration in the Sahel. Put out by an international reporting foundation, Where the Wells Went Dry: Notes From a Shrinking Lake has been praised as \"a gripping weave of on-the-ground journalism and deep background from a region at the edge of a warming world.\" (Visit lydiamarsh.example.com.) Lydia, who teaches journalism at a university in Montana, spent most of last spring in Chad.",
             "A longtime Western Ridge rea",
         ]),
    _neg("b150-potomachighlands-unitedfund-campaign-neg",
         "Invented; modelled on Hampshire Review (regional charity campaign kick-off with payroll giving and donor quotes)", "en", [
             "Highlands Community Fund, which covers this county and four neighboring ones, is launching its yearly drive with the theme of lifting spirits.",
             "The drive is the fund's biggest push for money of the year, and many area employers have teamed up with the Community Fund to hold talks and events that spread the word about what it does locally. Those employers also urge their workers to give back to the region through automatic deductions from their paychecks.",
             "“Thanks to these workplace partners and the big hearts of their staff, we are able to do our work, helping neighbors of every background with their health, their schooling and their finances,” said Dolores Avery, who leads Highlands Community Fund. “The relationships and gifts that come out of these office drives let us fund our member charities and help them stay open for the people who rely on them most.”",
             "“These last couple of years have worn everyone out, and our member charities and the families they serve most of all. Some of our agencies have seen requests for help climb to levels they can barely handle. We hope this drive gives them reason to believe it will get easier, because they are surrounded by neighbors who care and who are ready to put money behind that care,” she said.",
             "Grant Ellery, who manages the Highlands Family Fitness Center, said, “Supporting the Community Fund has mattered to our hospital group and our gym for years now. Most of each dollar given stays right here in the county, and we can watch it change things for the people around us. No other group lets us see results so fast in programs tied to health, learning and money management in the Highland ",
         ]),
    _neg("b150-kpln-sheriff-toydrive-neg",
         "Invented; modelled on KSWO (TV station story on a sheriff's toy and food drive seeking donations)", "en", [
             "Sheriff's office gathers gifts and groceries for local families",
             "DUNMORE, Kan._The holidays are here, and the Pike County Sheriff's Office is setting the pace, pitching in so area families can check off their children's wish lists.",
             "This is the 19th year of the office's holiday gift drive, and things are changing a bit. Teaming up with the Main Street Holiday Project, deputies will also gather canned goods and hand out turkeys. Sheriff Wade Harlan says the goal this year is to help more than 175 households with gifts and groceries.",
             "More than 120 children have already signed up, and Sheriff Harlan wants to make sure every one of them opens a present and sits down to a hot dinner on Christmas morning.",
             "\"You see families who are struggling and going without, and kids who might have had nothing, and then we show up on the porch and tell them Santa sent us to help,\" Sheriff Harlan said.",
             "Sheriff Harlan says that with so many people hit by lost jobs and high bills, he wants the whole county to help ease some of the burden this season.",
             "\"Grown-ups get it when money is tight and nobody can afford presents for anybody, but children just don't see it that way. To them, it's Christmas, and Santa is supposed to come through,\" Sheriff Harlan said.",
             "Darlene Voss, who works as the sheriff's office manager, makes sure each name on the list is matched with the right present.",
             "\"The youngest are just a few months old, and we go up to 16. For kids 11 and older, we use the money people donate to buy gift cards, since teenagers usually don't want toys,\" Voss said.",
             "Voss says they are running low on gifts for boys and for teenagers. What they have collected so far will not cover everyone on the list, so they are counting on more people to donate.",
             "\"This is the whole county's effort, and we are just the ones who drive it around. We love doing it and watching people light up,\" Vo",
         ]),
    _neg("b150-snakeriverpress-weeklylineup-fundraiser-neg",
         "Invented; modelled on Idaho Press (weekly programme list ending in a partner station's on-air fundraiser)", "en", [
             "Valley Conversations is the daily call-in hour on Snake River Public Media (88.3 FM, weekdays at 11 a.m.). Here is what's coming up this week:",
             "• Monday: Burnout among nurses and doctors",
             "• Tuesday: How the recession is squeezing small newspapers and stations",
             "• Wednesday: Hospice volunteers on sitting with the dying",
             "• Thursday: A parents' group that shares baby supplies ",
             "• Friday: Newsroom Round-Up ",
             "Valley Conversations airs again each weeknight at 9 p.m. and can be streamed anytime on your favorite podcast app.",
             "Snake River Public Media, our broadcast partner, pays for its nonprofit newsroom largely through listener gifts, and on Wednesday, May 6, it will hold a single-day fundraising drive on the air at KSRP 88.3 FM and KSRV 91.1 FM.",
         ]),
    _neg("b150-hollowayherald-holidays-giving-neg",
         "Invented; modelled on Farmville Herald (holiday editorial praising readers' giving and local fundraisers)", "en", [
             "Season's greetings from our whole staff",
             "The season got under way with a string of tree-lighting nights and festivities in the Town of Holloway and in Ashby, Lund and Whitcomb counties.",
             "Since those first evenings, one event after another, the glow of wreaths and strings of lights, and many efforts to help struggling neighbors have put the spirit of the season front and center.",
             "Those events have included stacks of presents collected for families by the Ruth A. Carden Trust and the Holloway Rotary Club, along with the Lund County and Riverbend Holiday Angel programs; tree lightings in Whitcomb County, the Mill Creek community in Ashby and the Town of Holloway; and parades in every county that brought together schools, clubs and charities.",
             "Our region has shown time and again a cheer that is hard to match and an eagerness to lend a hand, which has sparked endless benefit events and swaps of time, skills and kindness.",
             "There are far more stories of generosity and neighborliness than these pages could ever hold, but whether you are buying raffle tickets, bringing hot meals to families who need them or climbing poles on freezing nights to get the lights back on down the road, it is you, our readers, who have earned our praise.",
             "As you come together with loved ones this season, here at home or far away, all of us at The Holloway Herald wish you safe travels and joyful celebrations, and we leave you with this thought: your cheer and your giving spirit have made this season a warm and rewarding one for every one of us in the Herald newsroom.",
         ]),
]


BATCH150_DOCUMENTS = PROBE130_APPEALS + PROBE130_NEGATIVES
