"""Batch 169: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

20 documents (9 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 149 (20 documents). Each keeps the real page's structure (a pandemic live blog
with a "latest headlines" list, a time-stamped sign-off and a repeated FAQ headline; a hyperlocal
election-sign explainer with a photo-credit line; a nonprofit newsroom's partner page with photo
alt-text lines; a mirrored city-centre police story with doubled headlines and "(Image: ...)" captions;
a newsletter's anniversary post cut off mid-sentence; a hyperlocal birthday post with a sentence broken
across two lines and a closed-comments notice; a borough news index of headline / byline / standfirst /
"Read More" quadruples; a neighbour-platform message feed; a party-donation explainer with bullet lines
including one broken "&bull:" entity; mojibake quote marks and a word split across two lines; an
agency photo caption; double spaces and missing spaces after full stops) and exactly what the real gold
marks: a nightly pandemic newsletter sign-up line in the middle of a headline list; a closing "engage
with us on social media, write to us, sign up for our newsletter" line; a donate heading with its
button at the top of a partner page; a WhatsApp-community line mid-story plus a closing two-line
"our features editor brings you the best every week" newsletter pitch; a paid-subscriber plea cut off
mid-offer at the end of an anniversary post; a "reader powered, become a supporter" two-line box cut
mid-word at the end (the editor's "thanks for your support" line above stays text); a free-newsletter
sign-up line under the site name of a news index; a whole-page crowdfunder plea with match funding and
readers' testimonials (every line is gold); an editor's newsletter post relayed on a neighbour platform
(headline, author, greeting, pitch and "Sign up" line are gold; the other neighbours' posts below stay
text). Negatives keep what makes the real ones hard: hospice walks and hikes with totals, donors and
sign-up details; a hospice fundraiser's interview with a lottery and an event sign-up; a patient abroad
seeking millions from well-wishers; a party-donation disclosure explainer; a student editorial against
paywalls with a mock subscription offer; a family's street procession to fundraise for a hospital bill;
a diaspora community's funeral fundraising; a diaspora health alliance asking people to wait before
giving; a diaspora opinion piece on being asked to pay for funerals.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the unseen fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 149: appeal documents ----------------------------------------------------------------

_LAKESHORE_NEWSLETTER = "Get our free evening pandemic briefing in your inbox"

_RIVERBEND_END = (
    "Follow along with us on Facebook, X, TikTok and Instagram. Send your tips to "
    "newsdesk@riverbendnow.example.com. Get the RiverbendBrief newsletter by signing up here."
)

_MERIDIAN_TOP = "\n".join([
    "Fund Fearless Journalism About Women",
    "Give",
])

_COURIER_WHATSAPP = "Become part of the Leeds Evening Courier WhatsApp community HERE"

_COURIER_PICKS = "\n".join([
    "Every single day, the journalists in the Leeds Evening Courier newsroom chase down extraordinary tales from every corner of Yorkshire life. But between busy schedules, a relentless news cycle and the whims of social feeds, plenty of it may be slipping past you.",
    "So each Friday our Long Reads and Opinion editor Hannah Brookes sends out Don't Miss This, a round-up of our finest work – delivered straight to you, with nothing in between.",
])

_BOROUGHLINES_END = (
    "If our journalism has been worth your time, this is the moment to help it last. Paying "
    "members keep Borough Lines going, and for this week only you can grab"
)

_HAREFIELD_BOX = "\n".join([
    "We run on readers! Help us keep the stories coming today...",
    "Our neighbourhood news costs nothing to read, but plenty to make. Stand alongside neighbours who already pitch in to keep this site alive by signing up as a 'Best Mate' backer from as little as tw",
])

_DISPATCH_NEWSLETTER = "Get our weekly newsletter, free"

_MENAI_WHOLE = "\n".join([
    "Ever since the lockdown began we have been working flat out covering the news, yet Menai Local’s earnings have all but vanished as firms across Anglesey battle the fallout from the virus and every event on the calendar has been called off.",
    "Menai Local is among the countless small companies in Britain that have slipped through every gap in the pandemic support schemes – not a penny of help has reached us.",
    "There are only two of us running the show (Gwen and Huw Parry), so furlough is out of the question – and the small business grant passes us by too, because we keep costs low by working from a virtual office.",
    "Pound-for-pound matching",
    "Luckily the Menai Enterprise Partnership has come forward for outfits like ours, promising to double money raised through local crowdfunding appeals.",
    "Should we reach our goal, every gift goes twice as far, since the Partnership has promised to put in a pound for each pound you give.",
    "A contribution to the Menai Local crowdfunding page goes straight into keeping honest, reliable journalism alive on Anglesey.",
    "Stand with fellow Menai Local backers",
    "Hearing from readers has meant a lot to us. Here are two messages that really lifted our spirits.",
    "One reader wrote to Menai Local,",
    "“You’ve kept going right through this emergency, and that steadiness means the world when everything else is upside down – it’s a comfort to know you’re still looking out for the island! Diolch!”",
    "A second Menai Local backer said,",
    "“What you do has transformed this wonderful corner of Wales beyond recognition, and all for the good. This community is so lucky to have you, and it’s horrible to picture you struggling because of all this, especially when more than ever folk need calm facts, local reporting without the hype, a local voice and the sort of campaigning only you",
])

_TIDEWIRE_POST = "\n".join([
    "Take a peek inside the Tidewire newsroom",
    "Moana Featherstone Editor at Tidewire",
    "Kia ora neighbours,",
    "Ever asked yourself how we decide which stories to chase? Or whether Tidewire lets reporters print rude words? Or why our front page says 'Mōrena, everyone!' rather than 'Good morning, readers!' ?",
    "Inside Tidewire is an occasional newsletter from our editor-in-chief Rawiri Sandford that lifts the lid on how our coverage gets made and the calls we make along the way. It lands in inboxes roughly once a fortnight and costs nothing!",
    "Sign up now.",
])


PROBE149_APPEALS = [
    _doc("b169-lakeshorecourier-covid-liveblog-jan14-middle", "appeal", "middle",
         "Invented; modelled on Montreal Gazette (pandemic live blog with headline list, newsletter line inside it)", "en", [
             "COVID updates, Jan. 14: Watch the ICU numbers, Tremblay warns as Laurentia infections climb",
             "Inspectors will look for proof of vaccination at gyms and cinemas across Laurentia through the long weekend, according to the health minister.",
             "Refreshed all day long on Friday, Jan. 14. Tips and feedback: livedesk@lakeshorecourier.example.com",
             "Latest headlines",
             "Explainer: Who qualifies for a fourth shot in Laurentia? Starting when?",
             "Amid staff-party scandal, Ireland begs residents to respect the restrictions",
             "Laurentia inspectors to check vaccine proof at gyms, cinemas over long weekend",
             "Region places 31 more nurses on leave for refusing screening, total now 512",
             "Video: A look inside the free home antigen kit",
             "If the new variant stays mild, ‘we could let younger adults catch it,’ says an adviser on Laurentia's vaccine panel",
             "Watch the ICU numbers, Tremblay warns as Laurentia infections climb",
             "Admissions surge as Laurentia logs 2,214 infections – highest since last spring",
             "Tips: My teenager has a cough and fever. What now?",
             "Laurentia will hand out home antigen kits to every high-school student",
             "Access to quick tests key over the holiday break, epidemiologist argues",
             "‘Not her face’: border officers stop traveller using cousin’s ID at Maine crossing",
             "Laurentia’s infection rate per 100,000 now twice that of its neighbour",
             _LAKESHORE_NEWSLETTER,
             "6 p.m.",
             "That's all for today",
             "I’ll return in the morning with a fresh live blog.",
             "Until then, all of our reporting is gathered on the pandemic hub page.",
             "Earlier live blogs from me can be found here.",
             "5:10 a.m",
             "Explainer: Who qualifies for a fourth shot in Laurentia? Starting when?",
             "Laurentia is widening access to a fourth vaccine shot. Here is a rundown of the province’s new booster schedule.",
             "Read the complete story.",
         ], appeals=[_LAKESHORE_NEWSLETTER]),
    _doc("b169-riverbendnow-election-signs-rules-end", "appeal", "end",
         "Invented; modelled on PTBOCanada (hyperlocal explainer ending in a social/tips/newsletter line)", "en", [
             "Town of Millbrook Falls Publishes Guidelines on Where Campaign Signs May Go",
             "With the race for council now in full swing, the Town of Millbrook Falls on Wednesday set out where campaign signs can and cannot be put up.",
             "Archive image.",
             "Under the town’s signage by-law, nothing may go up on municipal land before Thanksgiving weekend during a local campaign, and every sign must be taken down within four days of the vote.",
             "As of Oct. 2, campaign signs may stand on some town-owned land, namely the grass strips beside streets, provided the limits on height and location are respected.",
             "No campaign signs are permitted in municipal parks or in front of town buildings.",
             "Signs may go on town land beside streets only when these conditions are met, so drivers can still see clearly. Nothing may sit on a roadway or on a sidewalk. Any sign over 1.1 metres tall is not permitted:",
             "inside a “visibility zone” at a street corner that runs eight metres back from the corner along each street, as shown in Diagram A below; or",
             "within four metres of the curb as shown in Diagram B below.",
             "Signs are likewise banned on any property serving as a polling station, both during the early-voting days and on voting day itself.",
             "The Town suggests that candidates and their backers place signs on private land instead.",
             "Any sign breaking the by-law or the campaign rules will be taken down by Town staff.",
             _RIVERBEND_END,
         ], appeals=[_RIVERBEND_END]),
    _doc("b169-meridiandesk-thanlwin-partnership-top", "appeal", "top",
         "Invented; modelled on The Fuller Project (nonprofit newsroom partner page, donate heading and button at top)", "en", [
             _MERIDIAN_TOP,
             "Thanlwin Women's Newsroom",
             "Months before the generals seized power again in Myanmar, we had already started collaborating with Thanlwin Women's Newsroom, an outlet run by women, to record how the crisis would reshape the lives of the women caught up in it. Taking its name from a river that runs through the country’s east, Thanlwin reports on women and is largely written by them, and it has kept publishing vital work even as the junta has made journalism perilous for every woman who practises it.",
             "Now that women in Myanmar have been pushed out of classrooms and offices and even out of public life, their voices have to reach the rest of the world. Working alongside The Meridian Desk gives women here a way to tell what is happening to them, in their own language and on their own terms. It lets them describe how military rule is reshaping their days and what they think and feel about it. Our collaboration with The Meridian Desk shows exactly how outlets abroad can carry women’s voices much further.” – Thiri Naing, Editor, Thanlwin Women's Newsroom",
             "A woman carrying water jars along a dirt road",
             "Military rule is cutting women off from clinics",
             "The junta is placing new curbs on hospitals that fall hardest on women and girls.",
             "A photo of soldiers standing beside a roadblock at dusk",
             "‘After the coup, everything I built was taken from me’",
             "A shop owner in Mandalay is beaten at a rally. A day later, soldiers knock at her home. Now she has to leave.",
             "Read the whole story",
             "A photo of an empty classroom with chairs stacked on desks",
             "‘Nobody In My Class Believes In Tomorrow Anymore’",
             "“We were supposed to be the generation that fixed things, and now that chance is gone,” a 16-year-old writes about the “fear” of sitting through lessons at a secondary school in Sagaing under army watch.",
         ], appeals=[_MERIDIAN_TOP]),
    _doc("b169-leedseveningcourier-briggate-cordon-middle-end", "appeal", "middle+end",
         "Invented; modelled on Manchester Evening News via a mirror (police-cordon story, WhatsApp line mid-story, newsletter pitch at end)", "en", [
             "Police cordon set up near Briggate in Leeds after incident",
             "Police cordon set up near Briggate in Leeds after incident",
             "A lane was closed off with officers on guard in the city centre",
             "The lane was closed off next to the Boar Lane bus stop",
             "The lane was closed off next to the Boar Lane bus stop(Image: Leeds Evening Courier)",
             "Officers set up a cordon close to Briggate in the centre of Leeds after an incident late on Saturday evening (April 12).",
             "Police were standing guard at the tape along Kirkgate, close to a coffee chain and the Grand Crown hotel.",
             "The tape stretched across the lane outside a kebab stand. A marked police van was parked next to the Boar Lane bus stop, with the pavement taped off.",
             _COURIER_WHATSAPP,
             "Buses were briefly held up as a result. A notice from the city’s transport operator said: “Owing to a police matter near Boar Lane, several routes towards the station and the university are running a few minutes late.”",
             "Another officer was posted at the far end of the passage, already half blocked by resurfacing work, where it meets Vicar Lane.",
             "Kirkgate was closed off with officers on guard in the city centre",
             "Kirkgate was closed off with officers on guard in the city centre(Image: Leeds Evening Courier)",
             "Several more police cars were parked close by. Police have not yet said what the incident involved.",
             "West Yorkshire Police have been asked to comment.",
             _COURIER_PICKS,
         ], appeals=[_COURIER_WHATSAPP, _COURIER_PICKS]),
    _doc("b169-boroughlines-fifth-birthday-paid-members-end", "appeal", "end",
         "Invented; modelled on Local Authority (Substack anniversary post, paid-subscriber plea cut off at the end)", "en", [
             "Borough Lines is five years old this week. Over that stretch our list has gone from 212 readers to almost 4,100, we have published scoops that shifted how Thamesmouth is governed, and we have gathered a crowd of people who care about where they live. None of it came easily, but simply still being here and putting out stories several times a week feels like a reason to raise a glass.",
             "I know some of you would rather skip these peeks at how the sausage gets made. If all you want is the usual Thamesmouth coverage, the Saturday arts round-up will arrive tomorrow as normal.",
             "Still, I hope you will indulge me a little today. I want to look back over the last twelve months, share a few figures, pick out some pieces I am proudest of, and think aloud about where we go next.",
             "Why Borough Lines exists is the same as it ever was. I set it up because local reporting was in a bad way. If anything it has deteriorated since, with papers shedding staff up and down the country and coverage shrinking to reworded council statements and the dullest possible items. And that is before we get to how cluttered most local news sites have become, with pop-ups, autoplay videos and pages that refresh themselves until you give up.",
             "Borough Lines is our effort to win back local journalism as something a community genuinely needs. Scrutinising those in charge matters enormously, and so does simply telling people what is going on down their street. Then there is giving space to people who rarely get heard and seeking out stories in neighbourhoods that are usually ignored. Every one of those has been neglected lately, and although we won't always get it right, we hope we're holding our own. Not long ago I talked to a media trade podcast about how we got here.",
             _BOROUGHLINES_END,
         ], appeals=[_BOROUGHLINES_END]),
    _doc("b169-harefieldgreeninfo-first-birthday-bestmate-end", "appeal", "end",
         "Invented; modelled on Bitterne Park Info (hyperlocal birthday post, supporter box cut mid-word at the end)", "en", [
             "Many Happy Returns to Us!",
             "Many Happy Returns!We're turning one!  Strictly speaking we've been around a little longer, but we've picked the start of October as our official birthday...",
             "The truth is the first stories went up and we began telling people about the site in August 2006, and the building work began months earlier. Still, news took a few weeks to get around, and by early October it felt like we were properly up and running - so October seemed a far more sensible date to celebrate!",
             "Sadly August came a little too late for us to report the closing of the bank on the Parade, though we did manage to cover the council's plans for the bypass ('bypass' is actually the phrase people search for most on the site, and our first article on it, Bypass: the road to nowhere?, is, for now, our most read piece). More on the bypass is coming very soon.",
             "Number-lovers might like to know that our second most read piece is about goings-on at the Parade, which set out, rather boldly, to cover the newsagent's relocation and the arrival of the new dental surgery, the launch of",
             "Turkish bakery Sofra, and the plan to convert the old garage into a supermarket.",
             "Our local history pieces have also gone down well, and the next instalment is nearly ready.",
             "What comes next? We have a list of things we'd like to do, such as running a reader survey, making it easier to comment on stories, restoring the events board once it's been rebuilt, getting more people writing for us, and plenty more.",
             "So watch this space for year two. And if you fancy helping out, just get in touch.",
             "In the meantime, thank you for your support.",
             "Comments on this site are closed for now",
             _HAREFIELD_BOX,
         ], appeals=[_HAREFIELD_BOX]),
    _doc("b169-deptforddispatch-news-index-newsletter-top", "appeal", "top",
         "Invented; modelled on Hackney Citizen (news index with a free-newsletter line under the site name)", "en", [
             "Deptford Dispatch",
             _DISPATCH_NEWSLETTER,
             "News",
             "‘Like living next to a tip’: Brockley neighbours start petition over fly-tipped alleyways",
             "By Owen Pike, Local Democracy Reporter | Friday 14 June 2024 at 20:12",
             "Founder of the Brockley Streets Forum says the piles of rubbish have been ‘getting worse by the month’",
             "Read More",
             "Climate campaigners occupying civic centre lawn say they won’t leave ‘until pension fund pulls out’",
             "By Owen Pike, Local Democracy Reporter | Friday 14 June 2024 at 19:40",
             "The group, now ten days into their protest, say they have food and blankets for several more weeks",
             "Read More",
             "‘Roots everywhere’: Creekside allotment joins citywide sculpture trail about migration",
             "By Deptford Dispatch | Friday 14 June 2024 at 11:05",
             "Sculptor Ines Moreau has worked with a migrant welcome charity to place ceramic seed pods in parks across London",
             "Read More",
             "Social housing scheme on old Evelyn Street car park scoops design award",
             "By Deptford Dispatch | Thursday 13 June 2024 at 09:48",
             "Tanner Court won over the judging panel with its ‘graceful’ brickwork and low-carbon heating",
             "Read More",
             "‘A calm head in the chamber’: New Cross councillor Femi Adebayo chosen as Deputy Mayor",
             "By Owen Pike, Local Democracy Reporter | Tuesday 11 June 2024 at 17:25",
             "Incoming Civic Mayor Rosa Delaney greets Adebayo and calls him ‘exactly the right choice’",
             "Read More",
             "Rosa Delaney sworn in as Civic Mayor of Lewisham",
             "By Deptford Dispatch | Tuesday 11 June 2024 at 10:14",
             "The council leader joined the tributes – though parts of his speech closely echoed Delaney’s own leaflet from 2022",
             "Read More",
         ], appeals=[_DISPATCH_NEWSLETTER]),
    _doc("b169-menailocal-lockdown-crowdfunder-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on News OnTheWight (whole-page crowdfunder plea with match funding and reader testimonials)", "en", [
             _MENAI_WHOLE,
         ], appeals=[_MENAI_WHOLE]),
    _doc("b169-tidewire-streetnet-inside-newsletter-top", "appeal", "top",
         "Invented; modelled on Stuff (NZ) posting on Neighbourly (editor's newsletter post above other neighbours' messages)", "en", [
             _TIDEWIRE_POST,
             "If you're curious about some part of how Tidewire works, send Rawiri your ideas by email here.",
             "More posts from around your street",
             "Warning: Bogus messages about a winter payment from Work and Income",
             "The Team from Streetnet.example.nz",
             "Government officials say messages promising a new ‘winter top-up’ or ‘one-off hardship payment’ are doing the rounds and are not genuine",
             "If you receive anything that looks dodgy, please report it to the online safety helpline.",
             "A Bit of Good News!",
             "Ngā mihi from Good Yarns Aotearoa",
             "Hedgehogs and stoats have been raiding the nests of dotterels on beaches up and down the coast these past few summers — and the chicks rarely survive.",
             "Luckily for the birds, volunteers like Mereana Tuhi have been setting traps every morning at dawn, so her neighbours can still watch the little waders on their local beach.",
             "Wondering how you could make your own section friendlier to native birds and insects?",
             "Ka pai, Mereana! We hope this made your day!",
         ], appeals=[_TIDEWIRE_POST]),
]


# --- Probe 149: negative documents --------------------------------------------------------------

PROBE149_NEGATIVES = [
    _neg("b169-coastalecho-lighthouse-hospice-memory-walk-neg",
         "Invented; modelled on The Mail, Barrow-in-Furness (hospice walk record total with quotes and a read-more line)", "en", [
             "A SPONSORED walk for a local hospice has broken every record by bringing in more than £142,000.",
             "The 2024 Lights of Memory walk, run by Lighthouse Hospice, was held in August and sold every place for the first time ever.",
             "Organisers have now confirmed that the final figure of £142,318 makes it the biggest fundraiser the hospice itself has ever staged in its 41 years.",
             "Community Fundraising Lead Joanne Pritchard said: \"We are simply lost for words at what has been raised - this walk really does bring people together like nothing else, and none of us ever dreamed a single day could bring in a total like that.",
             "“Our heartfelt thanks go to everybody who joined in, whether on foot, by giving, or by cheering from the side - it shows just what a town can do when it rallies behind something that matters to so many families.\"",
             "The money will go straight into the care the hospice gives patients and their loved ones, with seven in every ten patients depending on donations for that care.",
             "Donna Kerr, who took part with Team Bev's Butterflies, said: “I first entered the Lights of Memory walk in 2021, the year we lost my lovely mum Beverley to cancer at only 58.",
             "Read more: Grandfather, 81, completes Lights of Memory walk for late wife | The Coastal Echo (coastalecho.example.co.uk)",
             "“Doing something as a family to support such a special place, in memory of Mum, meant everything, especially as friends of ours had been cared for there.",
             "\"This was our fourth walk - I really think people round here should get behind the hospice, because none of us knows when we might need it ourselves.\"",
             "The total was revealed on Wednesday, September 25, with help from illusionist Danny Fenwick, who had also walked the route last month.",
             "In a clip shared by the hospice, Danny pulled the figure out of a sealed envelope.",
             "Places are already available for next year's walk, and the hospice is hoping it will sell out for a second",
         ]),
    _neg("b169-valleysentinel-paddle-palliative-care-neg",
         "Invented; modelled on Pembroke Observer (hospice hike total reported with board chair quotes)", "en", [
             "Paddle For Palliative Care returns to the river and brings in $96,500",
             "SMITHS FALLS — The count is complete, and this year’s Paddle For Palliative Care has collected $96,500 for the day-to-day running costs of Rideau Valley Residential Hospice.",
             "On the day of the event, Saturday, June 4, organisers said $88,000 had come in at the first on-the-water paddle since the pandemic forced two years of cancellations. Further gifts arrived over the following days, lifting the final figure to $96,500.",
             "The paddle is the hospice’s biggest fundraiser of the year, and this time canoes launched from and returned to the dock beside the hospice. Paddlers, helpers, local businesses and sponsors all pitched in with time and cash to make the 2022 edition a standout for both turnout and money raised.",
             "“Speaking for the whole board, I am moved by how generously the community has stood behind the hospice yet again,” board chair Linda Moreau said.",
             "She also thanked the Kerrigan family for the money they raise for the hospice all year long, including their Friday-night euchre tournaments.",
             "“Every year I dare the Kerrigans to beat us for first place, and I’m happy to come second because of everything you give,” she told paddlers as they came ashore after a gentle loop along the river.",
             "Moreau said organisers had worried that turnout might drop after two years off, but plenty of regulars came back and a good number of first-timers joined them.",
         ]),
    _neg("b169-coastlinenow-online-walk-hospice-society-neg",
         "Invented; modelled on Surrey Now-Leader / Peace Arch News (virtual hospice walk beats its goal, read-more lines)", "en", [
             "PHOTOS: Online walk brings in $22K for Tidewater Hospice Society",
             "Donors blow past the society’s target",
             "A campaign to make up for money lost when the pandemic put Tidewater Hospice Society’s yearly Walk for Hospice on hold has collected over $22,000, organisers say.",
             "And the group’s most veteran volunteer is over the moon.",
             "“I’m just so pleased to belong to this group,” Doris Lindqvist said Wednesday (July 7).",
             "“It proved folks are generous, and that they care.”",
             "The head of the society was equally delighted.",
             "“We were amazed at how everyone rallied round and pushed us past our target,” Priya Sandhu told the paper on July 8.",
             "Now in its 15th year and usually among the group’s largest fundraisers, the walk went online because of the pandemic. The 2020 walk was called off entirely because of public health orders.",
             "And although things looked different this time, “our sponsors, walkers and donors still turned it into a real success,” Sandhu said.",
             "The money pays for free programs that support people living with serious illness or grieving someone they love. In 2019, about 210 people took part, bringing in just over $18,900.",
             "READ MORE: PHOTOS: Walk for Hospice returns to the waterfront",
             "READ MORE: New hospice residence to open its doors June 3",
             "Lindqvist, 89, has devoted herself to the hospice for nearly thirty years.",
             "Though she stepped back this spring from the bedside side of her volunteering, where she sat with people facing serious illness – “I treasured it, because I knew what my clients were going through…” she said in a March interview – she has promised to keep up the “enjoyable bits” that help the hospice, such as community outreach, events and raising money.",
         ]),
    _neg("b169-harlowstar-st-brides-hospice-fundraising-head-neg",
         "Invented; modelled on Epping Forest Guardian (hospice fundraising director interview, lottery, walk sign-up details)", "en", [
             "THE vital part played by families who raise funds for a local hospice was praised by its newly appointed head of income generation, ahead of a big event.",
             "Karen Whitlock, who joined St Bride's Hospice in Potter Street six weeks ago to bring in much-needed money, said she had already been struck by how much the area backs the hospice.",
             "\"The backing we get is fantastic,\" she said. \"People feel strongly about hospices. Once they've watched someone close to them looked after so well, they want to give something back.",
             "“Lots of families come back year after year with their own events. There is real loyalty to the hospice here.",
             "“Without that generosity we simply couldn't offer the care we do.",
             "“Our ward gives specialist care to people who stay with us, for instance, so without the money we would have to close beds.",
             "“Raising funds really is that vital.”",
             "She has spent 18 years raising money for charities, several of them hospices, and said she had met plenty of people willing to push themselves to the limit for a good cause.",
             "“One man was getting ready to cycle from Land's End to John o' Groats,” she said. “That was for a different hospice, where his father had been cared for, I believe.",
             "\"We've had people climb Kilimanjaro or swim the Channel too, and lots of local firms get behind us.\"",
             "Since she arrived, she has also taken charge of the hospice's monthly raffle and is setting up memory funds that families can give to in honour of someone they have lost.",
             "She is also helping to plan the Moonlight Stroll in Harlow on October 5 from 7pm, which she intends to walk herself.",
             "“We'd love to hear from anyone who wants to help out or has an idea for raising money,” she said.",
             "Anyone who would like to take part in the four-mile stroll, which sets off from the Town Park car park, can register at www.stbrides-hospice.example.org or ring the hospice on 01632 960418.",
         ]),
    _neg("b169-jambowire-boy-turkey-liver-transplant-neg",
         "Invented; modelled on Ommy Dalla (patient stuck abroad seeking millions from well-wishers)", "en", [
             "Kenyan Boy Stuck In Turkey Needs Sh4.8 Million For Second Liver Transplant",
             "A Kenyan boy stuck in Turkey is asking well-wishers to help his family find Sh4.8 million so that he can have a second liver transplant.",
             "Twelve-year-old Brian Otieno has been in Istanbul since June 2022, waiting for the surgery that doctors say is his only chance of survival.",
             "The procedure has been called off twice already because the family ran out of money, having spent everything relatives, neighbours and church members had contributed towards his treatment.",
             "Otieno was due to have the operation on November 14, 2023, but it was postponed after his insurance cover expired.",
             "An earlier date in August was also missed. Doctors have now pencilled him in for February 2, 2024, provided the money is found.",
             "Although he is in constant pain, he says he is still confident he will get better, and has asked Kenyans of goodwill to stand with him.",
             "In a clip filmed by his mother Grace Achieng beside his hospital bed in Istanbul, Otieno also asks the national government and his county governor to step in and help him get the surgery.",
             "“Please, I am asking our leaders and every Kenyan to help me finish my treatment so I can go home to my family,” Otieno said.",
             "Otieno was found to have severe liver disease when he was only four.",
             "His first transplant, using part of his uncle's liver, took place in 2016 when he was five. Sadly that organ began to fail in 2021, and doctors said he would need another one.",
             "While the family waited for the operation, his father suffered a stroke and died in 2022, leaving Otieno, his mother and his sister Mercy (now 9).",
         ]),
    _neg("b169-southernledger-party-donation-disclosure-explainer-neg",
         "Invented; modelled on The New Zealand Herald (party-donation disclosure explainer with bullets)", "en", [
             "Every year each party has to file a return listing:",
             "• Anyone who gave it more than $20,000 over the twelve months",
             "• Each gift from an unnamed giver above $2000; gifts from unnamed givers below $2000 have to be counted, and their combined value given",
             "• Each gift from abroad above $2000; such gifts below $2000 have to be counted, and their combined value given",
             "&bull: How many gifts the party got between $2000 and $7500, plus what they add up to",
             "• How many gifts the party got between $7500 and $20,000, plus what they add up to",
             "• Any sums passed on by the Electoral Commission from donors whose names are shielded",
             "• Any borrowing above $20,000 in the year",
             "• How many smaller loans between $2000 and $20,000 the party took out, and their value.",
             "Money handed straight to a party has to be declared under the law.",
             "Money handed to a separate body that then lends it to a party must be declared as a loan if it tops $20,000, naming the body but not whoever gave it the cash.",
             "Where that body turns out to be part of the party itself rather than separate, anything given to it counts as a gift to the party and has to be declared that way.",
             "A loan that a party reports but later never has to repay must be treated as a gift.",
             "Yet a loan may simply be extended, and nothing forces a party to reveal when it plans to pay it back.",
             "Parties face no cap on what they raise or spend overall, although advertising in the run-up to polling day is capped.",
             "Next steps",
             "Once a complaint was lodged, the Electoral Commission said it will examine the matter, and the Kōwhai Party has promised to help.",
             "The commission's powers to investigate are narrow, and if it finds a breach it can only recommend what should happen rather than order it.",
         ]),
    _neg("b169-thequad-editorial-paywalls-mock-offer-neg",
         "Invented; modelled on The Runner (student editorial against paywalls with a mock subscription offer)", "en", [
             "Editor’s Desk: Locking the news behind paywalls hurts us all — pay up to keep reading",
             "Charging readers for the news turns a public good into a product on a shelf. (Ana Lucía Ferreira)",
             "I promise this is not meant to be a “spicy opinion.”",
             "Still, how often have you clicked on a Globe and Mail story and hit a wall asking for your card? Or been nudged to buy a branded mug so everyone knows you’re the sort of person who reads The Atlantic?",
             "Back-to-school deal? Just $15 CAD for your first twelve months, stop whenever you like!",
             "Can’t face paying a monthly fee forever? Try those flaky browser tricks that dodge paywalls — when they feel like working.",
             "Refusing to pay a site for open access to the news doesn’t make you an enemy of paying reporters for what they do. Nor does it mean you don’t care about local papers or neighbourhood reporting.",
             "The nonprofit outlets, frequently the sole ones not billing readers who stumble onto their pages, may be the ones that need money most. When people feel they must be able to afford the news before they can read it, something has gone badly wrong.",
             "When “exclusive” stories are reserved for a handful of well-off readers — some of whom may even write their memberships off as charitable gifts at tax time — we take the news away from the people who rely on it most.",
             "Going down this road of ad-free pay-to-read journalism turns reporting into just another product to be sold. It hands journalism over to people who never bother to grab the paper off their porch, or who believe print died long ago.",
             "Above all, pay-to-read journalism suits people who would prefer not to know, or who can’t be bothered to learn what is going on down their own street. If you think that has nothing to do with you, think again.",
         ]),
    _neg("b169-riftradionews-eldoret-coffin-procession-bill-neg",
         "Invented; modelled on Capital FM Kenya (family's street procession to fundraise for a hospital bill)", "en", [
             "ELDORET, Kenya, Jun 9 – Traders and shoppers in Eldoret town were taken aback on Monday when a grieving family marched through the streets in a mock funeral to raise money for a relative’s hospital bill and get his body released for burial.",
             "The family from Kapsoya estate in Ainabkoi constituency has failed to raise more than Sh900,000 owed mostly in hospital and mortuary charges since their relative died on April 3 after a long illness.",
             "Pushing an empty casket on a handcart, relatives of the late Joseph Kiprono walked through town asking passers-by for help so that his body, which has been held at the Moi Teaching and Referral Hospital mortuary, can be released.",
             "According to the family, the bill has now reached Sh1,108,560.",
             "His daughter, Faith Jepchirchir, said the family had held several harambees at home but had fallen far short, which is why they decided to take their plea to the town centre.",
             "“We had no other option but to come out on the road and ask for help so that kind people can hear us, because we must lay to rest our father, whose body has been held at the mortuary for weeks,” she said.",
             "Jepchirchir said the family wanted to lay their father to rest with dignity, adding that the ordeal had left relatives unable to focus on their jobs and businesses.",
             "The family has also received a permit from the local assistant chief to hold a joint church service and fundraiser at Kapsoya Primary School on June 21.",
         ]),
    _neg("b169-diasporaherald-houston-funeral-harambee-neg",
         "Invented; modelled on Diaspora Messenger (diaspora community's funeral fundraising, mojibake quotes, word split across lines)", "en", [
             "Janet Wambui, Samuel Ochieng and Peter Kamau",
             "Photo/supplied",
             "2015 has been a hard year for the Houston Kenyan Community. It opened with the sudden death of 27-year-old Kenyan student, Kevin Mwangi, who had only come to Houston to spend the holidays with relatives. Although few here knew him, the wider African community rallied behind a huge fundraising drive led by Houston's Kenyan associations. I was there myself and saw more than $28,000 collected in a single evening, which spared the young manโs family the heavy burden of flying him home to Kenya. Ever since Kevinโs passing it feels as if we have lost one young Kenyan after another. One man has taken it upon himself to rally support for families in mourning. He is Samuel Ochieng, and I was privileged to sit with him and learn how the Houston Kenyan community has done so well in the long-held African custom of raising money for funerals.",
             "Samuel Ochieng came forward in the middle of the grief to take charge of the practical work of keeping the community groups financially sound.",
             "โKevin Mwangi was the first [harambee] we organised together, and the Houston Kenyan community embraced a young man they had never met. We have handled so many [funerals] since, if I list them all it may hurt the families. People always turn up and we collect $12,000 – 20,000. I have hosted many [harambees] and we usually raise $20,000-$28,000. It happens nearly every weekend. We carry the spi",
             "rit of Harambee handed down by our founding father.โ",
         ]),
    _neg("b169-heitanews-diaspora-clinics-alliance-wait-neg",
         "Invented; modelled on AIWA! NO! (diaspora health alliance asks people to wait before giving, photo captions)", "en", [
             "Diaspora Medical Network Backs ‘Save Our Clinics Drive’ – warns district clinics are ‘running on empty’",
             "Tendai Mukwena, HEITA! NEWS|A drive to rescue the failing state of the country’s four largest referral hospitals has been launched by award-winning radio presenter and author Farai Mudzingwa.",
             "Junior nurses on a sit-in at Mpilo Central Hospital in Bulawayo, 21 August 2019",
             "The Head of Maternity at Mpilo Central Hospital Dr Nyasha Chikowore wept on Thursday as she described conditions on the wards., 21 August 2019",
             "The drive, named Save Our Clinics, will be steered by a group of leading professionals including well-known constitutional lawyer Rumbidzai Sithole, investment banker Tapiwa Ncube and heart surgeon Dr Edmore Zvobgo.",
             "Diaspora Medical Network (DMN) is an umbrella body that speaks for more than 40 charities) and is pleased to announce that we are partnering with the Steering Group that will act as custodians of the Save Our Clinics drive that was started at the instigation of Farai Mudzingwa",
             "Nurses at Mpilo Central Hospital on Friday told the deputy minister of Health Grace Ndlovu about the suffering and deaths taking place daily at the big hospitals because there is no medicine and no basic supplies.",
             "We would like to use this chance to ask everybody to hold on while the systems are being set up. We expect the new team at home will have the systems ready in about ten days .",
             "We have to find out how much is required, how every dollar will be accounted for and which routes will be used to get supplies into the country.",
         ]),
    _neg("b169-kenyandiasporavoice-isolation-funeral-burden-neg",
         "Invented; modelled on Kenyan Report (diaspora opinion on being asked to fund funerals, agency photo caption, spacing slips)", "en", [
             "Kenyans abroad complain about the cost of flying home the bodies of countrymen who kept to themselves and shunned community gatherings.",
             "epa05112734 Mourners carry a coffin at the start of a memorial service for a firefighter at St Joseph Cathedral in Columbus, Ohio, USA, 14 January 2016. Firefighter Daniel Brooks died on 9 January while responding to a house fire in the city's west side. EPA/MARK HOLLAND",
             "By Joseph Wafula –",
             "Some Kenyans living abroad are fed up. This comes after a  string of recent cases in which Kenyans have passed away overseas, some in truly heartbreaking circumstances.",
             "Death is a delicate subject not just back home, but also among Kenyans living in America. Indeed, speaking about those who have died is still frowned upon, and so many Kenyans quietly bear their pain alone.",
             "What has people talking in the diaspora is not dying as such; it is being asked to chip in for members of the community who NEVER show up at community gatherings. The truth is,we all die, and no one can escape it forever.Still, the kindness Kenyans are known for is being taken advantage of if freeloaders are left unchallenged.",
             "A growing number of Kenyans dying alone has become worrying, especially in America.Just lately,a Kenyan woman living in  a Gulf state has lain unconscious in hospital for five months.Staff there have no details for any relative. So, they turned to the press.That story made me ask, where did we go wrong? How can one of our own lie in a ward for five months with nobody checking on her? Was it our failure or hers? or was she among those Kenyans who don’t wanna mix with fellow Kenyans? No one can tell us, because the poor woman cannot talk.",
             "Drafting a Will.",
         ]),
]


BATCH169_DOCUMENTS = PROBE149_APPEALS + PROBE149_NEGATIVES
