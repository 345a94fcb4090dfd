"""The make-up, newness and gate of every hand-written file from the fourth on (the fourth's and
fifth's first runs and what they taught are in their own modules), and what the sixth to ninth
taught. Each file was written before any change for it and scored once (its first run is the
honest figure for wording nobody tuned for), then taught by concepts and context, never by its
sentences:

- A sixth hand-written file: 120 complaints, 54 Simplified, 36 Traditional (18 in Taiwan's words,
18 in Hong Kong's, Cantonese included) and 30 English, 40 of them emergencies, written after
migration 0020 without reading the rules or the lexicon, and scored once before any change for
it: routing-sixth-handwritten.jsonl.

First run (the honest figure for unseen hand-written text after that round): top-1 93.3 % (112 of
120: Simplified 51 of 54, Taiwan 18 of 18, Hong Kong 15 of 18, English 28 of 30), 39 of 40
emergencies, 0 of 80 false emergencies. Missed: Hong Kong's "落紅" (bleeding) in a pregnancy of
eight months; wrong desks for a dry itchy throat (read as skin), a question about painkillers and
the kidneys, a friend's word "脑瘤" against the visitor's own temple ache, Cantonese "冇胃口…嘔"
and "對眼好痕…流眼水" (no rule), periods stopped with negative pregnancy tests (read as
pregnancy), and "a heart attack five years ago … yearly check" (no rule).

After the changes (migration 0021): top-1 100 %, 40 of 40, none (tuned figures).

- A seventh hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's words,
9 in Hong Kong's) and 15 English, 20 of them emergencies, written after migration 0021 and scored
once before any change for it: routing-seventh-handwritten.jsonl.

First run: top-1 86.7 % (52 of 60: Simplified 26 of 27, Taiwan 7 of 9, Hong Kong 7 of 9, English
12 of 15), 18 of 20 emergencies, 1 of 40 false emergencies. Missed: Hong Kong's "叫极都唔醒" (found
only with alcohol) and "界咗手腕…血标晒出嚟" (cut, blood spurting); a false alarm from "昨天胸口疼得
厉害，现在没事了" (over by now); wrong desks or no rule for a hard lump on the sole, vaginal
discharge with an itch (read as skin), flaky itchy patches on elbows and knees (read as joints),
low mood after a birth and snoring with pauses in sleep (no English words for them).

After the changes (migration 0022): top-1 100 %, 20 of 20, none.

- An eighth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's words,
9 in Hong Kong's) and 15 English, 20 of them emergencies, written after migration 0025 with
wordings chosen to differ from every earlier file, and scored once before any change for it:
routing-eighth-handwritten.jsonl.

First run: top-1 73.3 % (44 of 60: Simplified 23 of 27, Taiwan 6 of 9, Hong Kong 7 of 9, English
8 of 15), 14 of 20 emergencies, 0 of 40 false emergencies. Missed emergencies: a bean in the ear
with noisy breathing, a toddler drying out (no tears, little urine), a child who ate a few of a
parent's blood-pressure tablets, a foot run over by a wheel (Cantonese), a blow to the head with
repeated questions, the baby "has stopped moving". Wrong desks or no rule: a festinating walk, the
globus feeling, a felt neck lump, Taiwan's 胃闷, a worn knee's injection (read as cosmetic),
threadworms (read as insomnia), a sty, the contraceptive pill, gambling.

After the changes (migration 0026): top-1 100 %, 20 of 20, none (tuned figures).

- A ninth hand-written file: 40 complaints, 18 Simplified, 12 Traditional (6 in Taiwan's words, 6
in Hong Kong's) and 10 English, 15 of them emergencies, written after migration 0027 and scored
once before any change for it: routing-ninth-handwritten.jsonl.

First run (the honest figure after this round's changes): top-1 95.0 % (38 of 40), 13 of 15
emergencies, 0 of 25 false emergencies. Missed: a dog bite with a gaping face wound and blood
running down (read as a bite for the rabies vaccine), and Taiwan's "讲话突然变得很奇怪，一边的手
拿东西一直掉" (speech suddenly strange, one hand dropping things: no rule).

After the changes (migration 0028): top-1 100 %, 15 of 15, none (tuned figures).

- A tenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's words,
9 in Hong Kong's) and 15 English, 20 of them emergencies, written after migration 0032 without
reading the rules, and scored once before any change for it: routing-tenth-handwritten.jsonl.

First run: top-1 68.3 % (41 of 60: Simplified 18 of 27, Taiwan 7 of 9, Hong Kong 6 of 9, English
10 of 15), 16 of 20 emergencies, 3 of 40 false emergencies. Missed emergencies: a throat narrowing
after a food (read as skin), a late period with a one-sided pain and pallor (the left of the lower
belly, no rule's "one side"), heat with hot dry skin and muddled talk in English, a baby grunting
with the skin under the ribs sucking in. False alarms: a general question about mushroom
poisoning after a meal with no symptom, breathlessness lying flat with pitting ankles (a heart's
story), a Cantonese question after the news about heat exhaustion. Wrong desks or no rule: a
tailbone fall, a white patch on the tongue (read as skin), a withdrawn teenager, a weeping navel,
an old man choking on drinks, scalp pustules (read as a headache), an electric shock years ago
(read as now, at urgency I), a catching thumb, yellow thick toenails, a swelling under the
tongue, a learner's English asking for admission, a teenager making herself sick.

After the changes (migration 0033): top-1 100 %, 20 of 20, none (tuned figures).

- An eleventh hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written with the tenth without
reading the rules, and scored once on the final code of its round: routing-eleventh-handwritten.jsonl.

First run: top-1 73.3 % (44 of 60: Simplified 21 of 27, Taiwan 8 of 9, Hong Kong 6 of 9, English
9 of 15), 17 of 20 emergencies, 1 of 40 false emergencies. Missed emergencies: a face and neck
charred by a stove that blew up (no rule), a small child into an adult's pills, a belly hardening
after a fall onto a branch (both read as paediatrics). False alarm: a question about going back to
work after food poisoning. Wrong desks or no rule: a scratched insect bite with pus, two
antiplatelet drugs after a stent (read as blood), the base of the thumb, a dark line in a nail,
milia round the eyes (read as eyes), calf pain on walking eased by rest and puffy ankles after a
flight (read as bones), a numb tongue (read as nerves), weak knees on stairs, smelly cloudy urine,
asking for bloods after fainting at one (read as nerves), pale greasy stools (read as blood).

After the changes (migration 0037): top-1 98.3 %, 20 of 20, none (tuned figures).

- A twelfth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's words,
9 in Hong Kong's) and 15 English, 20 of them emergencies, written by someone who never read the
rules, and scored once on the code of migration 0038 before any change for it:
routing-twelfth-handwritten.jsonl.

First run: top-1 83.3 % (50 of 60: Simplified 24 of 27, Taiwan 8 of 9, Hong Kong 7 of 9, English
11 of 15), 15 of 20 emergencies, 2 of 40 false emergencies. Missed emergencies: an emptied bottle
of sleeping pills beside a sister barely answering, in a long story about her stomach ("好多年"
cancelled every overdose of the complaint, and the story's years made today's clauses a habit:
psychiatry), a Hong Kong wish not to go on living with words between ("唔想再生存"), a shock from a
bathroom socket (the socket too far from the shock for "socket*shock": cardiology), a type 1
diabetic vomiting and breathing deep and fast (digestive), a home reading "210 over 125" with words
between the machine and the numbers (eyes). False alarms: a period pain told with the period
("来例假的时候…疼得打滚", a habit), a heart attack "in 2019" (a calendar year in English was not
history). Wrong desks: a copy of records for an insurer (insurance), back pain running into the
buttock with a numb foot (nerves), floaters in Cantonese (no rule).

After the changes (migrations 0039 and 0040): top-1 100 %, 20 of 20, none (tuned figures).

- A thirteenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written by someone who never
read the rules, and scored once on the code of migration 0040 before any change for it:
routing-thirteenth-handwritten.jsonl.

First run: top-1 76.7 % (46 of 60), 18 of 20 emergencies, 2 of 40 false emergencies. Missed
emergencies: a pesticide sprayed and eaten on unwashed hands, then sweating, drooling and
twitching (pharmacy: only a pesticide swallowed was poisoning), a fever with confusion, blotchy
cold hands and "his pulse is about 130" (fever clinic: the pulse was read only with at most six
characters before its number, and "a temp" was no fever). False alarms: self-harm denied in
Cantonese ("冇谂过要伤害自己"), an elderly woman's feet sent to "the bone people" ("see the bone"
read as an open fracture). Wrong desks: a sense of smell lost (no rule), a white cell count with a
down arrow that a check-up doctor sent to haematology (the check-up centre named), a stiff neck
that clicks from looking down at a phone (read as a lump), booking in the app that does not work
(no rule), a breast lump after "不是胸痛" ("不是" denied nothing: cardiology), the registration
desk (billing), a brain tumour asked about ("could my headaches be…": brain surgery), whether
insurance covers physiotherapy (rehabilitation named), bedwetting (patient services via "help"),
fasting bloods (no rule).

After the changes (migration 0041): top-1 100 %, 20 of 20, none (tuned figures).

- A fourteenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written by someone who never
read the rules, and scored once on the code of migration 0041 before any change for it:
routing-fourteenth-handwritten.jsonl.

First run: top-1 75.0 % (45 of 60), 14 of 20 emergencies, 2 of 40 false emergencies. Missed
emergencies, each a new surface form of a concept the engine had: a pesticide named by its use
("地里打虫的那瓶药") drunk after a quarrel (pharmacy), a child's asthma with a reliever that did
not help, broken sentences and the chest sucking in, in Cantonese (paediatrics), "a whole load of
her paracetamol" (digestive), an infection of last week with today's confusion and blotchy hands
(skin: "last week" made the whole story history and "since this morning" was no today), wild
mushrooms then cramps and being sick (digestive), boiling oil over the chest and arms (general
surgery). False alarms: a heart attack "in 2019 but she's here today about her cataracts" (the
clause's "today" made the year's heart attack now) and "could a panic attack feel like a heart
attack?" (not read as a question). Wrong desks: a late period "肚子也不疼" (the denial inside the
gap of "肚子*疼": digestive), paying asked in Cantonese and with 那 for 哪, admission paperwork,
an ankle that "拐到", a tremor with "血压血糖都正常" (cardiology), a mind that will not stop at
night (cardiology via 心里慌).

After the changes (migration 0042): top-1 100 %, 20 of 20, none (tuned figures).

- A fifteenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written with the fourteenth
without reading the rules, held out while the twelfth to fourteenth taught, and scored once on
the round's final code (migration 0042): routing-fifteenth-handwritten.jsonl. Taught the round
after, like the files before it.

First run: top-1 86.7 % (52 of 60), 17 of 20 emergencies, 0 of 40 false emergencies. Missed
emergencies: an oximeter said as "测氧的才85" with purple lips (the reading not found: read as
respiratory); a boy sick twice and nodding off after banging his head on a bike (paediatrics); a
gas alarm with the household's headaches and a child who will not stay awake (paediatrics).
Wrong desks: a dentist's visit after "去年心梗放过支架" (cardiology), a verruca after breast cancer
ten years ago (oncology), whether one may drink after a cold medicine (respiratory), Taiwan's
"掛號要在哪裡掛" (billing), the way to a ward's lifts (general practice).

After the changes (migration 0043): top-1 100 %, 20 of 20, none (tuned figures). Taught by
family: an oxygen reading said by what the finger clip does (测氧, 量氧, "sat level"); being sick
or nodding off in English lay words with a head injury; a gas or carbon monoxide alarm that went
off (only one to buy or fit excepts the carbon monoxide red flag); a department told only in a
story of the past when the visitor says why they came today ("今天是来看牙的", "today it's just
a …"), and "这次/这回/今次" as now; verruca as people spell it; whether a medicine goes with a
drink or another medicine (the pharmacy); where or how to register (patient services); the way to
the lifts, an exit, the canteen or a ward.

- A sixteenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written blind by another engineer
and scored once, on the code of migration 0043 (commit 6a5a86f), before any change for it:
routing-sixteenth-handwritten.jsonl.

First run: top-1 83.3 % (50 of 60: Simplified 23 of 27, Traditional 12 of 18, English 15 of 15),
16 of 20 emergencies, 0 of 40 false emergencies. Missed emergencies: a child off a bunk bed whose
head "着的地", sick twice and hard to wake (paediatrics: the fall and the head in different
clauses, and 着地 no injury word); a pressure cooker's soup over a mother's chest and arms with
blisters and skin coming off (skin: soup no hot liquid, 高压锅 read as 高压); a two-month-old,
floppy and not feeding, her age said in another clause (paediatrics); a Cantonese daughter tired of
living ("活得好攰") with charcoal and tape in her room (general practice). Wrong desks: a scan's
report collected for a mother-in-law after "去年心梗放了支架" (cardiology), the pharmacy's window
asked after "刚交完钱" (billing), whether one may register without the health card (billing),
which department for a chronic prescription (pharmacy), paying at the car park (billing), a
biopsy's report after an endoscopy (the laboratory).

After the changes (migration 0044): top-1 100 %, 20 of 20, none (tuned figures). Taught by
family: a head that landed (着地) is a head injury; soup, stew, a pressure cooker's contents are
hot liquids; a baby of weeks or months said by its age, floppy, weak or not feeding; tired of
living in Cantonese and Taiwan's words with charcoal or tape; a payment told as done asks for no
payment, an invoice still does; whether one may register is the registration desk's; which
department to see is a clinical question, whatever service the story names; paying for parking is
patient services'; tissue sent to be tested is pathology's, and when a report is ready is asked of
its service; a scan's report collected, with the test named between, is imaging's.

- A seventeenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written blind with the sixteenth,
kept outside the project while the fifteenth and sixteenth taught, and scored once on the round's
final code (migration 0044, commit 750730a): routing-seventeenth-handwritten.jsonl. Held out that
round, taught the round after.

First run: top-1 76.7 % (46 of 60), 15 of 20 emergencies, 2 of 40 false emergencies. Missed
emergencies: a baby of forty days at 38.5 degrees and feeding poorly (paediatrics); eight months
pregnant with tightenings and a gush of water (urology); a sudden, swollen, painful testicle with
vomiting within the hour (digestive); a Cantonese baby choking on a grape, voiceless and turning
purple (paediatrics); pills saved up for weeks and "tonight's the night" (pharmacy). False
emergencies: a neighbour's child who swallowed a laundry pod last month, asked about as advice;
yesterday's blood draw whose slip will not print (抽的血). Wrong desks: tinnitus said calm
(psychiatry), a fasting glucose of seven at a work check (prevention), Taiwan's pharmacy asked after
paying (billing), a heart murmur heard at a clinic (general practice), whether insurance pays for a
laser (insurance, not aesthetics), where to park (general practice), an INR check on warfarin
(general practice).

After the changes (migration 0045): top-1 100 % (60 of 60), 20 of 20, 0 of 40 (tuned figures).
Taught by family, each proved by wordings of our own in the red-flag suite or below: a baby of
days said by its number of days (才四十天, 四十五天的宝宝, "5 week old") with a fever; waters
breaking told as a gush of water or like wetting oneself (流了好多水, 哗一下, 流羊水, "gush"); a
testicle swollen (肿) with a sudden pain or being sick, and Cantonese's 蛋 with its side; choking
while eating (食紧, 吃着, "eating") a food, voiceless (冇声出) or turning a colour (变紫, 变青);
medicines saved up (攒, 存, 储埋, "stockpiling", "saving up") with a time or an end told, a new red
flag; blood drawn (抽的血, 抽完血) is no fit; the emergency department named as where someone went
(进了急诊, 送了急诊) is no request for it, and how to keep a child safe at home is child health's;
a ringing ear or an itch that annoys (吵得心烦, 痒得心烦) is no psychiatry; a fasting sugar is
endocrinology's; a payment told as done (缴好了, 付好了) asks for no payment; a heart murmur is
cardiology's; where to park is patient services'; an INR check is the laboratory's; whether
insurance pays for a cosmetic treatment the visitor wants (想打, 想做, "thinking of getting") is
asked of aesthetics, while a coverage question with no treatment wished for stays insurance's.

- An eighteenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written blind with the
nineteenth and twentieth (kept outside the project), and scored once before any change for it
(migration 0045, commit d8774e4): routing-eighteenth-handwritten.jsonl.

First run: top-1 88.3 % (53 of 60: Simplified 24 of 27, Taiwan 7 of 9, Hong Kong 8 of 9, English
14 of 15), 18 of 20 emergencies, 1 of 40 false emergencies. Missed emergencies: a finger cut while
chopping, pressed with a towel for twenty minutes and still spurting (general surgery); Cantonese
diarrhoea all night to collapse, unsteady on the feet, cold hands, a racing heart and a pressure
in the eighties (cardiology). False emergency: a neighbour's child who drank pesticide and is in
hospital, told by a parent whose own child has had nightmares since. Wrong desks: what to do if a
child took a blood-pressure medicine, asked ahead (cardiology), and how soon to come if a toddler
swallowed a button battery, asked hypothetically (digestive); hair lost after chemotherapy with
the next visit asked (skin, tied with oncology); a soft ball on the wrist for half a year (no
rule).

After the changes (migration 0046): top-1 100 % (60 of 60), 20 of 20, 0 of 40 (tuned figures).
Taught by family, each proved by wordings of our own in the red-flag suite or below: a wound
pressed on (捂着, 按了, 揿住, "holding a towel") that still bleeds (止不住, 还在流, "soaked through"),
a new red flag; diarrhoea or vomiting with signs of shock (手脚冰凉, 手冻冰冰, 企唔稳, a pressure
said low), a new red flag; what to do if a child swallowed something, asked ahead (如果, 万一, 要是,
"what if", "hypothetically"), children's advice (a new rule; "if a kid …" is a what-if); someone
else's red flag already in a hospital (邻居, 同事, 朋友, "my neighbour's son … in hospital") is
their story (男朋友, 小朋友, someone brought here are the visitor's own); hair lost, sickness or a
sore throat after chemotherapy or radiotherapy is the cancer team's (a new rule); a lump said as a
ball or a bean (小球, 圆球, 黄豆大, "pea sized"). And the families likeliest to recur, each with
wordings and look-alikes: a history told, then today's complaint ("以前得过…，现在…") goes to
today's desk, unless it came back, a test found it or today's visit goes on with its care (又,
查过, 复查, 开药); a stiff neck with a fever or light that hurts, each said in a clause of its own,
a new red flag (a cricked neck, a lump in the neck, a migraine are not); an older person's leg
short or turned out after a fall, a new red flag at urgency II (a bunion, a child's feet are
not); medicines kept at home (囤了, 常备, "stocked up") are no overdose; and every rule's own
phrase is found in its own words with the full lexicon (a new word cannot straddle an older
phrase's parts).

- A nineteenth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written blind with the
eighteenth, kept outside the project while the eighteenth taught, and scored once before any
change for it (migration 0046, commit 910b4e1): routing-nineteenth-handwritten.jsonl.

First run: top-1 81.7 % (49 of 60: Simplified 21 of 27, Taiwan 9 of 9, Hong Kong 7 of 9, English
12 of 15), 18 of 20 emergencies, 0 of 40 false emergencies. Scored again on HEAD (commit 31503b0,
migration 0046 with its later data) before any change for it: the same 49, 18 and 0.

Missed: a grandmother whose chopsticks fell while eating, half her face gone numb ("木了") and
staring without a word ten minutes ago (no rule); a Cantonese mother two days after the birth,
bleeding through her trousers, the pads changed many times and not stopping ("止唔到"), dizzy
(gynaecology). Wrong desks: a husband's heart attack and stent of two years ago, "this time just
to get some medicine and a check" (general practice via 开点药); a mouthful of washing-up liquid
splashed while washing up, asked about with nothing felt (the dentist via 嘴里); a sallow face,
bleeding gums and bruises on the legs with no knock (the dentist); paying a hospital deposit for
a father on the seventh floor's cardiology ward (cardiology); a friend's father in hospital after
wild mushrooms, the visitor's own shop mushrooms and no symptoms (admissions via 住院); Cantonese
"where do I register for a scale and polish" (patient services); dizzy a moment on standing up
too fast, fine now, a pharmacy's reading of 118/76 (neurology); pain under the right ribs after
fatty food with stones seen last year (urology via "stones"); a knee MRI to be booked with a
GP's referral (orthopaedics).

After the changes (migration 0047): top-1 100 % (60 of 60), 20 of 20, 0 of 40 (tuned figures).
Taught by family, each proved by wordings of our own in the red-flag suite or below: bleeding
after a birth that will not stop or soaks through, said any way (止唔到, 止不了, 湿晒, "soaked
through"); a numb half-face or side said as 木 or 痹 (半边脸木了, 一边手脚发木, 半边面痹晒, "numb
on one half"; a dentist's injection is not); a history whose care is today's reason (这次就是来开
点药, 今次嚟覆診攞藥) keeps its own desk; a sip or a splash of soap, detergent or toothpaste
swallowed and asked about is general practice's (a new rule and concepts of household products
and small amounts); bruises with no knock or with bleeding gums or nose are haematology's (a new
rule; bruises after a knock are not); a department named as the ward where someone stays (住在…
科, 住喺…病房, 在…住院) is a place, not a request; mushrooms, leftovers or food that may have gone
off, eaten and asked about, are the digestive clinic's (a new rule); where to register for a
clinic or a clinical service named (洗牙, 产检, 皮肤科, "the dermatology clinic") is that clinic's;
light-headed a moment on standing up too fast, settled, is general practice's (a new rule); pain
under the right ribs after a fatty meal or with stones seen is the gallbladder's (a new rule); a
scan booked (预约, 约个, 照, "book me in", "booked", a referral) asks for imaging.

- A twentieth hand-written file: 60 complaints, 27 Simplified, 18 Traditional (9 in Taiwan's
words, 9 in Hong Kong's) and 15 English, 20 of them emergencies, written blind with the
eighteenth and nineteenth, kept outside the project while both taught, and scored once before any
change for it (migration 0047, commit 661f98c): routing-twentieth-handwritten.jsonl.

First run: top-1 76.7 % (46 of 60: Simplified 23 of 27, Taiwan 7 of 9, Hong Kong 7 of 9, English
9 of 15), 14 of 20 emergencies, 1 of 40 false emergencies.

Missed: a father on an e-bike hit by a car ("让车给撞了"), his thigh swollen and bent wrong
("弯的不对劲": nephrology via 肿); a mother three days after the birth with a high fever, a bad
belly pain, a discharge that smells, cold hands and feet and a racing heart (the fever clinic);
a Cantonese husband with hot oil splashed over his face ("塊面") and into an eye he cannot open
(burns at IV); a child who fell from climbing bars onto his tummy, pale, the belly and the left
shoulder hurting more and more (paediatrics); a patient on chemotherapy with a fever and
shivering (oncology IV); a baby screaming on and off with a stool like red jelly (no rule). The
false emergency: a bead seen in a child's nose, breathing fine ("喘气挺好的" read as 喘). Wrong
desks: an old man who keeps falling with a pile of medicines to sort out (the pharmacy via 药);
unopened medicine to give back (digestive via 胃难受); a child's squint, "斗鸡眼" (dermatology
via 鸡眼, a corn); a Cantonese big toe swollen, waking at night, with a high uric acid
(endocrinology); "how do I sort out being admitted for my operation" (general surgery); a sore
throat with "38.1 temperature" (ENT: the number before its word was not read); blurred sight in
one eye in a diabetic (endocrinology).

After the changes (migration 0048): top-1 100 % (60 of 60), 20 of 20, 0 of 40 (tuned figures).
Taught by family, each proved by wordings of our own in the red-flag suite or below: a limb bent
the wrong way (弯得不对劲, 角度不对, 屈咗, "looks wrong") after a vehicle said with 让, 给, 叫 or
俾 for "by" is the deformity and the major-trauma red flags; a fever after a birth (生产完, 产完,
"giving birth") with a foul discharge, a bad pain, signs of shock or a racing heart, a new red
flag; a blow to the belly (a fall onto it, a handlebar, a kick) then pallor, dizziness, a pain
that grows or a shoulder tip that hurts, a new red flag; a fever or shivering during
chemotherapy, a new red flag (a normal temperature, hair loss, a question about preventing one
are not); a baby's stool like red jelly (果酱样, 果冻, 士多啤梨果占, "redcurrant jelly"), a new red
flag (red jelly or beetroot eaten is not); hot oil or boiling water splashed into an eye, a new
red flag; a foreign body with the breathing said fine (呼吸正常, 唞气正常, "breathing fine") is
no breathing trouble. Desks: an older person who keeps falling or whose medicines want sorting is
geriatrics'; a medicine given back or unopened is the pharmacy's (asked for: 能不能退, "return
these"); 斗鸡眼 and "cross-eyed" are a squint (a segmenter word, so 鸡眼 no longer fires inside
it); a big toe red and swollen, waking at night, is gout (a new rule); "sort out" an admission
asks for it; blurred sight with diabetes is the eye clinic's; a temperature said before its
word in English ("38.1 temperature", "a 39.2 fever") is read.

- A twenty-first, twenty-second and twenty-third hand-written file: 60 complaints each, 27
Simplified, 18 Traditional (9 in Taiwan's words, 9 in Hong Kong's) and 15 English, 20 of them
emergencies, written blind at once and scored once before any change for them (migration 0048,
commit a33116c): routing-twenty-first-handwritten.jsonl, routing-twenty-second-handwritten.jsonl,
routing-twenty-third-handwritten.jsonl.

First runs: the twenty-first top-1 95.0 % (57 of 60: Simplified 26 of 27, Taiwan 8 of 9, Hong
Kong 9 of 9, English 14 of 15), 20 of 20 emergencies, 0 of 40 false emergencies; the
twenty-second 93.3 % (56: 26, 9, 8, 13), 19 of 20, 0 of 40; the twenty-third 91.7 % (55: 26, 7, 8,
14), 19 of 20, 0 of 40. Missed emergencies: a Cantonese seizure that has gone on a long time with
froth at the mouth, said with 抽筋 (orthopaedics, a cramp); a son thrown from his motorbike, the
helmet cracked, vomiting and not answering (digestive). Wrong desks: where to collect prescribed
medicine once the insurance card is swiped (insurance); registering for a sore throat in Taiwan's
掛號 (billing); twelve weeks pregnant, booking the first scan and check-up (imaging); an eyelid
twitching for a week (general practice); low since a husband died, "not going to hurt myself",
wanting someone to talk to (digestive via appetite); where to check in on the ward before a knee
replacement (orthopaedics); a slipped disc with physiotherapy before and the leg numb again
(rehabilitation); an old father choking on food and losing weight (neurology); whether to pay
downstairs for an X-ray the doctor asked for (imaging); a nine-year-old still wetting the bed
(general practice).

After the changes (migration 0049): the twenty-first top-1 100 % (60 of 60), 20 of 20, 0 of 40;
the twenty-second 100 % (60 of 60), 20 of 20, 0 of 40; the twenty-third 100 % (60 of 60), 20 of
20, 0 of 40 (tuned figures). Taught by family, each proved by wordings of our own in the
red-flag suite or below: a fit said with 抽筋 (a cramp's word, Cantonese's usual one) or a
jerking, with froth at the mouth (白沫, 白泡, 泡沫, "froth"), no end (好耐都未停, 停唔到, 几分钟都
没停) or no answer, each in a clause of its own, a new red flag (a cramp of a leg, a foot or a
hand, a blister in the mouth are not); a motorbike said as Taiwan's 机车 or Hong Kong's 电单车
is major trauma, and a helmet cracked, smashed or dented (头盔, 安全帽, "helmet") is a head struck,
with vomiting, drowsiness or no answer (答不出来, 答唔出, "not making sense") a head injury; a
sip or a mouthful of soap or washing-up liquid then vomiting, coughing or a burning mouth, a new
red flag, while nothing felt is general practice's (laundry liquids and pods stay poisoning);
wild mushrooms eaten with no symptom, many medicines taken without effect (多药还是不好, 一堆药
也不好) and too many pills taken as a habit ("takes too many pills", 每天吃好多药) are no
overdose. Desks: where to collect a medicine already prescribed (药去哪领, 去边度攞药, "where do I
pick up my prescription") is the pharmacy's, whatever card or payment the question names;
registering told with a complaint goes to the complaint's clinic, registering alone to the
counter; a pregnancy's scan or check-up, booked or asked for, is obstetrics'; an eyelid that
twitches (眼皮老跳, 眼角跳, "eyelid twitching") is the eye clinic's, and no fit; low, sleepless or
in tears since someone close died (过世以后, "since my wife passed away"), and low said in English
("been so low"), is psychiatry's (a check wished for because of how they died is not); checking
in for a ward or booked in for an operation (病房报到, "check in for the ward", "booked in for
surgery") is admissions'; a slipped disc with a numb leg or a pain running down it is the
spine's, physiotherapy had before or not (physiotherapy asked for stays rehabilitation's);
choking on food or drink with weight lost is ENT's (food sticking going down stays the digestive
clinic's); whether one pays downstairs or on a floor (交钱系咪喺楼下, 缴费是不是在一楼, "do I pay
downstairs") is the cashier's, whatever test it is for; a GP or family doctor elsewhere who said
or referred ("our GP back home said", 家庭医生叫我来) is no request for general practice.

- A twenty-fourth, twenty-fifth and twenty-sixth hand-written file: 60 complaints each, 27
Simplified, 18 Traditional (9 in Taiwan's words, 9 in Hong Kong's) and 15 English, 20 of them
emergencies, written blind at once while the twenty-first to twenty-third taught, and scored once
before any change for them (migration 0049, commit b518c10): routing-twenty-fourth-handwritten.jsonl,
routing-twenty-fifth-handwritten.jsonl, routing-twenty-sixth-handwritten.jsonl.

First runs: the twenty-fourth top-1 95.0 % (57 of 60: Simplified 26 of 27, Taiwan 9 of 9, Hong
Kong 7 of 9, English 15 of 15), 18 of 20 emergencies, 0 of 40 false emergencies; the twenty-fifth
90.0 % (54: 26, 7, 8, 13), 18 of 20, 1 of 40; the twenty-sixth 88.3 % (53: 25, 7, 8, 13), 20 of
20, 0 of 40 (as the gate scores it, on the rules as migrated; the engine built from the files
breaks one tie the other way and gives 54). Missed emergencies: a kitchen's pan of oil on fire, blisters over an arm and the neck
and skin coming off (dermatology); a Cantonese child's face swollen after peanut butter, now
hardly breathing with a noise in the throat (paediatrics, not urgent); a daughter scalded by a
whole pot of hot water from the chest to the belly, blistered over a wide area (dermatology); a
friend with a few pills at a party, burning hot, the heart racing and twitching (burns). The
false emergency: phlegm stuck in the throat for two weeks without a fever. Wrong desks: a lump
on the back of the hand, painless and growing to a soya bean's size (orthopaedics, twice with a
thumb's nail fold full of pus); Cantonese itching that keeps one awake with red spots
(psychiatry); someone who speaks English to help with insurance papers (admissions); a sore
throat with a little cough, swallowing painful (respiratory); where the dispensing window is
after queueing at the cashier's (billing); a dark patch on the face growing with an uneven edge
(aesthetics); collecting a health check's report (the laboratory); spotting after sex (general
practice); a sexual health check (preventive care); Taiwan's periods coming every two or three
months with much acne (dermatology).

After the changes (migration 0050): the twenty-fourth top-1 100 % (60 of 60), 20 of 20, 0 of 40;
the twenty-fifth 100 % (60 of 60), 20 of 20, 0 of 40; the twenty-sixth 100 % (60 of 60), 20 of
20, 0 of 40 (tuned figures). Taught by family, each proved by wordings of our own in the
red-flag suite or below: a burn told by what happened, not the word "burn" (a pan or an oven on
fire, 着了, 窜出来, "went up in flames"; steam sprayed; a pot of soup or hot water tipped or
poured down, 打翻, 倒落) with blisters or skin coming off (起泡, 起晒泡, 皮都掉了, "skin coming
off") over an area (一大片, 范围很大, 好多水泡, from the chest to the belly), a red flag (one small
blister from hot water, a hot water bottle or an iron, hands peeling from washing up, a fever
said "burning hot" are not); anaphylaxis told as a face that swells (块面肿, "face is
swelling") and a throat that is noisy or lets no breath through (喉咙有声, 唞唔到气, "a squeaky
noise") after a food, a spread or a snack of it too (花生酱, 芝麻酱, 虾酱, satay, trail mix), a
red flag (a rash or a tingle with the breathing said fine, an allergy test asked for are not);
party drugs, pills or "something" taken at a party, a club, a bar, a rave or a festival (夜店,
酒吧, 派对, 嗑药, pingers) with heat, a racing heart, twitching, clenching or confusion, a red
flag (medicine of one's own or a hangover around a party is not); a throat that only feels
stuck (卡卡的, a word of its own) or phlegm that will not come up is no foreign body. Desks: a
sore throat that hurts to swallow (吞口水都痛, 吞落去好痛, "hurts to swallow") is the throat's,
a cough alongside or not; a lump that grows (慢慢变大, 越嚟越大, "keeps growing") is general
surgery's; a mole or a dark patch that grows, darkens, bleeds or has an uneven edge (边上不太齐,
邊緣唔齊, "changed shape") is dermatology's, not aesthetic medicine's; an itch that keeps one
awake (痕到瞓唔到, "so itchy I can't sleep") is the skin's, not a sleep problem; insurance
paperwork, a form or a claim (理赔表格, "insurance paperwork") is the insurance office's; where
the pharmacy or its window is (拿药的窗口在哪, 药房喺边度), after paying or not, is the
pharmacy's; a health check's report or results (健检报告, 体检报告, "checkup results") is
preventive care's; pus by a nail or in a finger (甲边有脓, 手指头红肿有脓) is the surgeon's,
however swollen the finger; bleeding or spotting after sex or between periods (行房后有血,
"spotting after sex") is gynaecology's; a sexual health or STI check (查性病, "STI test") is
dermatology's, not a general check-up; periods irregular or months apart (两三个月才来一次), with
acne or not, are gynaecology's (the tie with the acne's skin clinic that the database's rule
order broke the other way is gone).

- A twenty-seventh, twenty-eighth and twenty-ninth hand-written file: 60 complaints each, 27
Simplified, 18 Traditional (9 in Taiwan's words, 9 in Hong Kong's) and 15 English, 20 of them
emergencies, written blind at once while the twenty-fourth to twenty-sixth taught, and scored
once before any change for them (migration 0050, commit 1c6b869):
routing-twenty-seventh-handwritten.jsonl, routing-twenty-eighth-handwritten.jsonl,
routing-twenty-ninth-handwritten.jsonl.

First runs: the twenty-seventh top-1 95.0 % (57 of 60: Simplified 26 of 27, Taiwan 8 of 9, Hong
Kong 8 of 9, English 15 of 15), 20 of 20 emergencies, 0 of 40 false emergencies; the
twenty-eighth 96.7 % (58: 26, 9, 9, 14), 19 of 20, 0 of 40; the twenty-ninth 88.3 % (53: 26, 6,
8, 13), 16 of 20, 0 of 40. Missed emergencies: a man who tried to hang himself, got down,
breathing but hardly talking (general practice); a sudden knife-like pain over a belly gone hard
that cannot be touched, with a stomach ulcer for years (digestive); Taiwan's father fallen in the
bathroom, only mumbling, the right arm and leg gone weak and drowsy (orthopaedics); Taiwan's
thirty-two weeks pregnant, a fit just now with the whole body stiff and the blood pressure said a
little high at the check-up (obstetrics, not urgent); a Cantonese fit of the whole body, not awake
yet, blood at the corner of the mouth, never epileptic (orthopaedics). Wrong desks: a period two
weeks late, not pregnant (digestive); an old father's legs swollen for a while, a little out of
breath walking (nephrology); a Cantonese sore throat with a little cough (respiratory); a
mother-in-law of 83 with seven or eight medicines to sort out (neurology); how to use the health
insurance card after a registration problem (billing); aching ankles and knees with a butterfly
rash on the face (orthopaedics); a tattoo to have removed by laser (general practice).

After the changes (migration 0051): the twenty-seventh top-1 100 % (60 of 60), 20 of 20, 0 of 40;
the twenty-eighth 100 % (60 of 60), 20 of 20, 0 of 40 (tuned figures; both now held at the gate);
the twenty-ninth 98.3 % (59 of 60), 19 of 20, 0 of 40, still held out: its perforation (a
knife-like pain, the belly gone hard, "他有胃溃疡好多年") is read as a habit, because the
ulcer's "好多年" makes the whole complaint a long story and no clause says now (突然 is no word of
now); that wants a change in the context step's code, not the data. Every wording of the family
without a long story is an emergency now. The context step then changed (a sudden start makes
its clause and the untimed clauses after it today's, unless the clause is long itself: "这几年
经常突然头晕" stays a habit; wordings of our own in test_routing_context_present.py): the
twenty-ninth 100 % (60 of 60), 20 of 20, 0 of 40, moved to the taught files; no other case file's
top suggestion moved (5,649 compared). Taught by family, each proved by wordings of our own in
the red-flag suite or below: a hanging, tried or found (上吊, 吊颈, 把自己吊, a rope round the
neck, someone cut down, "hang himself", "noose"), self-harm now (a collar, a scarf or a seat
belt at the neck, a lamp hanging, a drip are not); a fit said with 抽筋 over the whole body (全身,
成身), stiff (僵硬, 硬晒), not yet awake (仲未醒, 还没醒, "still not awake") or with blood at the
mouth or a bitten tongue, and in a pregnancy eclampsia (a pregnancy's leg cramps are not); a fall
told with one side gone weak or soft (右边手脚软, 左手左脚冇晒力, "her left arm and leg are
weak") or with only sounds instead of words (嗯嗯啊啊, 只会哼, "only mumbling"), a stroke (a
toddler's babble, a mumble in sleep, weak from hunger, a knee's cartilage on the right are not);
an ulcer, then a sudden, knife-like pain or a belly gone hard (硬晒, 硬得像木板, "rock hard",
"rigid"), a perforation (an ulcer's dull ache or check-up, a mouth ulcer, a question are not).
Desks: a late period with a pregnancy test that says no (一条杠, 验咗冇bb, "the test is
negative") is gynaecology's; legs or ankles swollen with breathlessness on walking, on stairs or
lying flat are the heart's, not the kidneys'; a sore throat with a little cough (少少咳, 有点咳嗽,
"a bit of a cough") is the throat's; an older person's many medicines mixed up or forgotten (药七八
种, 记不住哪个几时食, "mixes up her tablets") are geriatrics'; how to use an insurance card, or
one that does not work (健保卡怎么用, 医保卡刷不了), is the insurance office's; a butterfly rash
on the face (蝶形红斑) is rheumatology's (蝴蝶斑, melasma, stays aesthetic); a tattoo to be
removed (洗纹身, 刺青想去掉, "get a tattoo removed") is aesthetic medicine's.

- A thirtieth, thirty-first and thirty-second hand-written file: 60 complaints each, 27
Simplified, 18 Traditional (9 in Taiwan's words, 9 in Hong Kong's) and 15 English, 20 of them
emergencies, written blind at once while the twenty-seventh to twenty-ninth taught, and scored
once before any change for them (migration 0051 and the context change, commit 8a9e69f):
routing-thirtieth-handwritten.jsonl, routing-thirty-first-handwritten.jsonl,
routing-thirty-second-handwritten.jsonl.

First runs: the thirtieth top-1 98.3 % (59 of 60: Simplified 26 of 27, Taiwan 9 of 9, Hong Kong
9 of 9, English 15 of 15), 20 of 20 emergencies, 0 of 40 false emergencies; the thirty-first
93.3 % (56: 25, 9, 8, 14), 18 of 20, 0 of 40; the thirty-second 93.3 % (56: 23, 9, 9, 15), 18
of 20, 0 of 40. Missed emergencies: twenty-eight weeks pregnant, the belly hardening in waves
and blood seen (obstetrics, not urgent); Cantonese thirty-six weeks pregnant, a fit just begun,
the whole body shaking (obstetrics, not urgent); a boy fallen off his bike, the forearm bent, the
fingers gone cold (paediatrics, not urgent); a child choking on a jelly, no sound at all, back
blows not bringing it up (paediatrics, not urgent). Wrong desks: going to pass water again and
again, four or five times a night, not emptying (patient services, through 厕所); a grandfather
of ninety choking at meals and thinner, for a full check (ENT); acupuncture for a long-stiff neck
(orthopaedics); calf pain after walking a while that rest relieves, a smoker of thirty years
(orthopaedics); washing hands and checking the lock again and again, knowing it is needless
(general practice).

After the changes (migration 0052): the thirtieth top-1 100 % (60 of 60), 20 of 20, 0 of 40; the
thirty-first 100 % (60 of 60), 20 of 20, 0 of 40; the thirty-second 100 % (60 of 60), 20 of 20,
0 of 40 (tuned figures; all three now held at the gate). Taught by family, each proved by
wordings of our own in the red-flag suite or below: a pregnancy with the belly hardening or
tightening in waves (一阵阵发紧, 一陣一陣發硬, "going hard every few minutes") or blood seen (见血,
見咗血) is preterm labour, an emergency (an occasional hardening asked about is not); a cramp
(抽筋) with the whole body shaking (全身震, 成身震, "whole body was shaking") is a fit, in a
pregnancy too (fever chills, shivering with cold and a pregnancy's leg cramps are not); a
forearm, an upper arm or an elbow (小臂, 手肘, 手瓜, "elbow") bent out of shape (弯成, 屈成, "bent
in the middle") after a fall is a deformed limb (a sore forearm or elbow is not); something stuck
with no sound coming out (发不出声, 哭不出来, "can't make a sound") or back blows that failed is a
blocked airway (a fish bone with a voice, a hoarse voice are not). Desks: trips to the toilet again
and again and getting up at night to pass water (跑厕所, 起夜, "up four times a night to pee") are
urology's, not patient services' (asking for the toilet stays theirs); a very old person to be
looked at as a whole (全面看看, 整体看看) is geriatrics' (one's own check-up package stays the
health check's); acupuncture, tuina or cupping asked for by name (想做针灸, "do you offer
acupuncture") is the TCM clinic's whatever the ache; calf pain on walking that eases with rest
(歇会就好, 唞下就好, "goes away when I stop") is the leg arteries' (a runner's calves, a knee, a
back with it stay the bones'); washing hands or checking locks over and over (反复洗手, 反覆確認)
is psychiatry's. No other case file's top suggestion moved but those the gate still accepts.

- A thirty-third, thirty-fourth and thirty-fifth hand-written file: 60 complaints each, 27
Simplified, 18 Traditional (9 in Taiwan's words, 9 in Hong Kong's) and 15 English, 20 of them
emergencies, written blind at once while the thirtieth to thirty-second taught, scored once on the
round's last engine (migration 0052, commit b74244a) and kept held out, never taught: the round's
honest figure for wording nobody tuned for. routing-thirty-third-handwritten.jsonl,
routing-thirty-fourth-handwritten.jsonl, routing-thirty-fifth-handwritten.jsonl.

First runs: the thirty-third top-1 98.3 % (59 of 60: Simplified 27 of 27, Taiwan 9 of 9, Hong
Kong 9 of 9, English 14 of 15), 20 of 20 emergencies, 0 of 40 false emergencies; the
thirty-fourth 93.3 % (56: 26, 8, 9, 13), 20 of 20, 1 of 40; the thirty-fifth 88.3 % (53: 24, 9,
7, 13), 19 of 20, 0 of 40. The missed emergency: a sudden pain low on the right that bends one
double, a period nearly two months late, dizzy and about to fall (gynaecology, not urgent: an
ectopic pregnancy). The false emergency: Taiwan's bad reflux, heartburn lying down after a meal
and the throat feeling stuck (卡卡的). Wrong desks: a mother of 88 more confused this month and
off her food (general practice); a sore neck and shoulders from the phone, physiotherapy or
acupuncture wished for (orthopaedics); a cold of three days and a note for work (ENT); a boy of
nine with itchy eyes and sneezing every spring (ENT); a raised, itchy scald scar of three years
to be removed (burns); calf pain after walking that rest relieves, a smoker of thirty years
(orthopaedics); Cantonese aching bones, swollen finger joints and morning stiffness
(orthopaedics); Cantonese passing water often, up at night, not emptying (general practice);
where to pay for lab tests (the laboratory); a check two weeks after a mild concussion, fine now
(neurosurgery).

After the changes (migration 0053): the thirty-third top-1 100 % (60 of 60), 20 of 20, 0 of 40;
the thirty-fourth 100 % (60 of 60), 20 of 20, 0 of 40; the thirty-fifth 100 % (60 of 60), 20 of
20, 0 of 40 (tuned figures; all three now held at the gate). Taught by family, each proved by
wordings of our own in the red-flag suite or below: a late period with a pain low on one side,
the side said in a clause of its own (右下边, 左下方, "lower right"), is an ectopic pregnancy (a
tooth on the lower right, a side that aches just after a period are not); a concussion is a head
injury, so with vomiting or drowsiness it is the head-injury red flag. Heartburn said as a fire in
the heart (火烧心) is the stomach's, and 火烧 inside it no burn. Desks: an older person slowly more
confused or off their food over weeks (this past month, 越来越糊涂) is geriatrics' (a sudden
confusion stays the red flags'); physiotherapy or acupuncture wished for (想做做理疗, 想试试针灸) is
rehabilitation's or the TCM clinic's, whatever the ache (after a treatment that did not help, the
part's own clinic); a sick note wanted with a cold or a tummy bug (公司要病假条, "work wants a
note") is general practice's (a copy of records stays the records desk's); sneezing or itchy eyes
every spring or season is hay fever, the allergy clinic's, and a child's sneezing with itchy eyes
the children's; an old scar raised, itchy or to be removed (疤痕增生, 想祛疤, "can it be removed")
is plastic surgery's, whatever made it (a fresh burn that may scar stays the burn's); calf pain on
walking that is gone again after a rest (歇一会儿又好了, 坐低一阵又好返) is the leg arteries';
swollen finger joints with a stiff morning (早上起身好硬, "stiff every morning") are
rheumatology's (a jammed finger is not); Cantonese passing water (屙尿) often (频密) or not
emptying (屙唔清) is urology's; paying for a test, a scan or an X-ray (拍片的钱在哪交, "pay for my
x-ray") is the cashier's (paid already, the test's desk); a check after a mild concussion, fine
now, is neurology's.

- A thirty-sixth, thirty-seventh and thirty-eighth hand-written file: 60 complaints each, 27
Simplified, 18 Traditional (9 in Taiwan's words, 9 in Hong Kong's) and 15 English, 20 of them
emergencies, written blind at once while the thirty-third to thirty-fifth taught, and scored once
before any change for them (migration 0053, commit 9f2f2ac):
routing-thirty-sixth-handwritten.jsonl, routing-thirty-seventh-handwritten.jsonl,
routing-thirty-eighth-handwritten.jsonl.

First runs: the thirty-sixth top-1 98.3 % (59 of 60: Simplified 27 of 27, Taiwan 9 of 9, Hong
Kong 8 of 9, English 15 of 15), 20 of 20 emergencies, 0 of 40 false emergencies; the
thirty-seventh 88.3 % (53: 26, 7, 8, 12), 17 of 20, 1 of 40; the thirty-eighth 88.3 % (53: 22,
8, 9, 14), 18 of 20, 0 of 40. Missed emergencies: Taiwan's small boy who ate five or six of his
grandmother's blood-pressure tablets, pale and sleepy (paediatrics, not urgent); an oximeter at
home reading 84 with a grandfather breathing fast (general practice); smoke breathed in at a
kitchen fire, the voice hoarse and the nose hairs singed (ENT); a tearing chest pain running
through to the back, told with "high blood pressure for many years" (cardiology, not urgent: the
years made the complaint a habit); thirty weeks pregnant and no movement felt all day (obstetrics,
not urgent). The false emergency: Taiwan's father with two strokes behind him, choking when he
swallows, asking for rehabilitation (ER I). Wrong desks: Hong Kong's thumb joint swollen and
painful, stiff for an hour on waking (orthopaedics); a low mood, no wish to do anything, no
thoughts of self-harm (general practice); Hong Kong's sight misty for half a year (general
practice); a baby's groin swelling that comes out when he cries (general surgery, not paediatric
surgery); tuberculosis treated long ago and a calcified spot on a work check's chest X-ray
(preventive care); a pain low on the right of the belly for half a day, tender, with nausea and
37.8 degrees (the fever clinic); a full check-up package the employer pays for (insurance);
Taiwan's diarrhoea alternating with constipation, worse under stress (psychiatry); which
department gives the HPV vaccine (dermatology). Three of their sentences stand in older files
too, each written blind (a sore throat of three days, a heel's first step in the morning, a couple
trying for three years): named as known shared sentences.

After the changes (migration 0054, with three small changes of the context and red-flag steps):
the thirty-sixth top-1 100 % (60 of 60), 20 of 20, 0 of 40; the thirty-seventh 100 % (60 of 60),
20 of 20, 0 of 40; the thirty-eighth 98.3 % (59 of 60), 20 of 20, 0 of 40 (tuned figures; all
three now held at the gate). The one left: the pain low on the right with 37.8 degrees measured
goes to the fever clinic, as the hospital's fever rule sends every adult with a fever first (a
setting, not a reading to teach). Taught by family, each proved by wordings of our own in the
red-flag suite or below: a child who ate a few of an elder's tablets, the elder said as Taiwan's or
Hong Kong's (阿嬷的, 婆婆啲, "grandad's") and the count as a range (五六颗, "four or five of"); no
movement felt with the baby said as 孩子, 宝宝 or bb (没觉得孩子动, 冇觉得bb郁, "no kicks"); smoke
breathed in at a fire with a hoarse voice, singed nose hairs or soot, an airway burn (a new red
flag; tobacco or kitchen smoke is not); an oxygen reading said with "at home" between; a stroke
had "twice" (中风过两次了: the experiential 过 with 了 at a clause's end) is history; a known
condition had for years (我有高血压好多年, "has had high blood pressure for years") makes no
other clause a habit, so a tearing pain through to the back is today's (a symptom had for years,
有点胸闷好多年, is still a long story), and a story of this half-month (这半个月) is a long one.
Desks: a low mood said with words between (心情特别低落) or no interest in anything (啥也不想干,
乜都唔想做) is mental health's; sight blurred or misty (眼好朦, 隔咗层雾, "misty") is the eye
clinic's (a sudden loss with a stroke's signs is not); a child's groin swelling that comes out is
paediatric surgery's; Cantonese morning stiffness (硬咗, 僵咗) with swollen finger joints is
rheumatology's; diarrhoea and constipation by turns, worse under stress, is the digestive
clinic's; a chest X-ray's finding asked about (胸片说有钙化灶) is the chest clinic's, not the
check-up's; a check-up package wished for, whoever pays (单位报销), is preventive care's; the HPV
vaccine asked for (九价, "cervical cancer vaccine") is preventive care's, not the skin's.

- A thirty-ninth, fortieth and forty-first hand-written file: 60 complaints each, 27 Simplified,
18 Traditional (9 in Taiwan's words, 9 in Hong Kong's) and 15 English, 20 of them emergencies,
written blind at the start of the round that taught the thirty-third to forty-seventh, and scored
once on that round's first engine (commit 57bfaa0, migration 0052), before any change of the
round: routing-thirty-ninth-handwritten.jsonl, routing-fortieth-handwritten.jsonl,
routing-forty-first-handwritten.jsonl. **Held out and never taught.**

First runs: the thirty-ninth top-1 91.7 % (55 of 60: Simplified 26 of 27, Taiwan 7 of 9, Hong
Kong 8 of 9, English 14 of 15), 19 of 20 emergencies, 0 of 40 false; the fortieth 93.3 % (56:
26, 8, 8, 14), 18 of 20, 0 of 40; the forty-first 88.3 % (53: 25, 9, 7, 12), 17 of 20, 0 of 40.
Missed emergencies: Taiwan's thirty-two weeks pregnant with a splitting headache, flashes and
swollen feet at a pressure of 170 (obstetrics, not urgent: the pressure is under the vital
signs' 180); Taiwan's oximeter at home reading 85 for a mother with pneumonia, breathless after a
sentence (respiratory: the number said in Chinese after the meter's name); a fall on the belly at
28 weeks with no kicks felt since (obstetrics); a nosebleed of over an hour that pinching does not
stop on warfarin; Hong Kong's mother on dialysis, weak all over, the heart irregular and the
potassium high; a belly swollen hard like a drum, no stool or wind for three days, vomiting.
Wrong desks: a period dragging on for ten days (general practice); where to book an adult
check-up and whether to fast (the cashier); Hong Kong's black stools on iron tablets (general
practice); a child's spots on the hands and in the mouth asked about as catching (the skin
clinic: hand, foot and mouth); lab results to be explained (the laboratory); Hong Kong's nose to
be redone (general practice); loose bowels with cold food or nerves for years (psychiatry); Hong
Kong's lump on the back, tender and full of pus (orthopaedics); tired, gaining weight, a neck
swelling (orthopaedics); a stroke last year and now the weak side's shoulder painful and stiff
(orthopaedics).

On the round's last engine (migration 0056): the thirty-ninth 55 of 60 and the fortieth 56 of 60,
the same cases missed: the round's teaching of forty-two other families moved neither. The
forty-first 55 of 60, 19 of 20: its three missed emergencies of the first run were read by the
integrator, by a slip of a file pattern, while listing the forty-second to forty-seventh files'
misses for their teacher, and two of their families (the high potassium on dialysis, the bowel
that passes nothing) were taught from that list. Its first run stands; its later figure is not a
held-out one.

- A forty-eighth, forty-ninth and fiftieth hand-written file (the same make-up), written blind at
the start of the round that taught the fifty-first to fifty-sixth, by three writers who never saw
the engine, its rules or another case file, and scored once on that round's first engine (commit
0b219a3, migration 0056): routing-forty-eighth-handwritten.jsonl,
routing-forty-ninth-handwritten.jsonl, routing-fiftieth-handwritten.jsonl. **Held out and never
taught**; this time their misses were read by nobody, so that they stay a measure: only their
figures are written here.

First runs: the forty-eighth top-1 93.3 % (56 of 60: Simplified 25 of 27, Traditional 17 of 18,
English 14 of 15), 17 of 20 emergencies, 0 of 40 false; the forty-ninth 95.0 % (57: 26, 16, 15),
19 of 20, 0 of 40; the fiftieth 85.0 % (51: 24, 15, 12), 19 of 20, 2 of 40. Pooled 164 of 180
(91.1 %), 55 of 60, 2 of 120. On the round's last engine (migration 0061, after the fifty-first to fifty-sixth files were taught and every clinical department was walked in 501 wordings of our own): the forty-eighth 56 of 60, 17 of 20, 0 of 40; the forty-ninth 58 of 60, 20 of 20, 0 of 40; the fiftieth 51 of 60, 19 of 20, 2 of 40 — one emergency more caught in the forty-ninth, nothing else moved.

- A fifty-seventh, fifty-eighth and fifty-ninth hand-written file (the same make-up), written blind
at the start of the round that taught the sixtieth to sixty-fifth, by three writers (each wrote one
held-out file and two taught ones, in voices of their own: northern speech, Sichuan and Hunan,
Shanghai; Taiwan's and Hong Kong's words; tourists', Singaporean, Indian and nurses' English) who
never saw the engine, its rules or another case file, and scored once on that round's first engine
(commit da9b6b8, migration 0061): routing-fifty-seventh-handwritten.jsonl,
routing-fifty-eighth-handwritten.jsonl, routing-fifty-ninth-handwritten.jsonl. **Held out and never
taught**: the integrator read their first run's misses, but no teacher was given them, nor any
family found only in them.

First runs: the fifty-seventh top-1 90.0 % (54 of 60: Simplified 24 of 27, Traditional 16 of 18,
English 14 of 15), 19 of 20 emergencies, 3 of 40 false; the fifty-eighth 85.0 % (51: 22, 16, 13),
19 of 20, 3 of 40; the fifty-ninth 88.3 % (53: 24, 17, 12), 18 of 20, 0 of 40. Pooled 158 of 180
(87.8 %), 56 of 60, 6 of 120. On the round's last engine (migration 0066, after twenty-two other
files were taught: the sixtieth to the eighty-first): the fifty-seventh 54 of 60, 19 of 20, 3 of
40; the fifty-eighth 53, 20, 2; the fifty-ninth 54, 18, 0 (161 of 180, 57 of 60, 5 of 120). On the
same engine the older held-out files: the thirty-ninth 56, 20, 0; the fortieth 56, 18, 0; the
forty-eighth 57, 18, 0; the forty-ninth 60, 20, 0; the fiftieth 52, 19, 1.
"""

import pytest

from tests.triage.routing_helpers import (
    HAND_WRITTEN_FILES,
    assert_new_hand_written_file,
    assert_no_lower_than_its_first_run,
    measured,
    read_cases,
)
from triage.routing import context
from triage.routing.concepts import default_concepts
from triage.routing.defaults import default_specs
from triage.routing.engine import Engine, is_latin
from triage.routing.text import CLAUSE, normalise

# Each file: how many complaints in each language, and how many are emergencies.
FILES = {
    "routing-fourth-handwritten.jsonl": ({"zh-hans": 50, "zh-hant": 50, "en": 50}, 50),
    "routing-fifth-handwritten.jsonl": ({"zh-hans": 34, "zh-hant": 32, "en": 34}, 43),
    "routing-sixth-handwritten.jsonl": ({"zh-hans": 54, "zh-hant": 36, "en": 30}, 40),
    "routing-seventh-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-eighth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-ninth-handwritten.jsonl": ({"zh-hans": 18, "zh-hant": 12, "en": 10}, 15),
    "routing-tenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-eleventh-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twelfth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirteenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-fourteenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-fifteenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-sixteenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-seventeenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-eighteenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-nineteenth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twentieth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-first-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-second-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-third-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-fourth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-fifth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-sixth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-seventh-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-eighth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-twenty-ninth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirtieth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-first-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-second-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-third-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-fourth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-fifth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-sixth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-seventh-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
    "routing-thirty-eighth-handwritten.jsonl": ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
}
# Held out and never taught: each its make-up and its first run's figures (top-1, emergencies
# caught, false emergencies), which no later change may lower.
# The make-up of every held-out file: 27 Simplified, 18 Traditional, 15 English, 20 emergencies.
HELD_OUT: dict[str, tuple[dict[str, int], int]] = dict.fromkeys(
    (
        "routing-thirty-ninth-handwritten.jsonl",
        "routing-fortieth-handwritten.jsonl",
        "routing-forty-first-handwritten.jsonl",
        "routing-forty-eighth-handwritten.jsonl",
        "routing-forty-ninth-handwritten.jsonl",
        "routing-fiftieth-handwritten.jsonl",
        "routing-fifty-seventh-handwritten.jsonl",
        "routing-fifty-eighth-handwritten.jsonl",
        "routing-fifty-ninth-handwritten.jsonl",
        # Four more, written blind after migration 0074 and scored once on it (c2f841b, the end
        # of the round of the 98th to 113th files), their misses read by nobody.
        "routing-one-hundred-fourteenth-handwritten.jsonl",
        "routing-one-hundred-fifteenth-handwritten.jsonl",
        "routing-one-hundred-sixteenth-handwritten.jsonl",
        "routing-one-hundred-seventeenth-handwritten.jsonl",
        # Four more, written blind after migration 0082 and scored on it (c087049: 208 of 240)
        # and after the 122nd to 125th were taught (migrations 0083-0084: the same), their misses
        # read by nobody.
        "routing-one-hundred-twenty-sixth-handwritten.jsonl",
        "routing-one-hundred-twenty-seventh-handwritten.jsonl",
        "routing-one-hundred-twenty-eighth-handwritten.jsonl",
        "routing-one-hundred-twenty-ninth-handwritten.jsonl",
        # Four more, written blind after migration 0085 and scored once on it (d3f6af6: 224 of
        # 240, 76 of 80, 4 of 160), their misses read by nobody.
        "routing-one-hundred-thirty-fourth-handwritten.jsonl",
        "routing-one-hundred-thirty-fifth-handwritten.jsonl",
        "routing-one-hundred-thirty-sixth-handwritten.jsonl",
        "routing-one-hundred-thirty-seventh-handwritten.jsonl",
        # Four more, written blind after migration 0085 like the four above and scored once on
        # it (1555ba7: 233 of 240, 80 of 80, 2 of 160), their misses read by nobody.
        "routing-one-hundred-forty-second-handwritten.jsonl",
        "routing-one-hundred-forty-third-handwritten.jsonl",
        "routing-one-hundred-forty-fourth-handwritten.jsonl",
        "routing-one-hundred-forty-fifth-handwritten.jsonl",
        # Four more, written blind after migration 0096 and scored once on d11b7bc (the 130th to
        # 169th taught): 228 of 240, 78 of 80, 4 of 160, their misses read by nobody.
        "routing-one-hundred-fifty-eighth-handwritten.jsonl",
        "routing-one-hundred-fifty-ninth-handwritten.jsonl",
        "routing-one-hundred-sixtieth-handwritten.jsonl",
        "routing-one-hundred-sixty-first-handwritten.jsonl",
        # Four more, written blind after migration 0110 and scored once on a4c68ca (0111): 212 of
        # 240, 77 of 80, 10 of 160, their misses read by nobody.
        "routing-one-hundred-ninetieth-handwritten.jsonl",
        "routing-one-hundred-ninety-first-handwritten.jsonl",
        "routing-one-hundred-ninety-second-handwritten.jsonl",
        "routing-one-hundred-ninety-third-handwritten.jsonl",
        # Four more, written blind after migration 0116 and scored once on aeef587 (the 186th to
        # 189th and two emergency sweeps taught): 226 of 240, 79 of 80, 3 of 160, their misses
        # read by nobody.
        "routing-one-hundred-ninety-fourth-handwritten.jsonl",
        "routing-one-hundred-ninety-fifth-handwritten.jsonl",
        "routing-one-hundred-ninety-sixth-handwritten.jsonl",
        "routing-one-hundred-ninety-seventh-handwritten.jsonl",
        # Four more, written blind after migration 0120 and scored once on 3dc64e7 (the end of
        # the round of the six sweeps): 220 of 240, 73 of 80, 5 of 160, their misses read by
        # nobody.
        "routing-one-hundred-ninety-eighth-handwritten.jsonl",
        "routing-one-hundred-ninety-ninth-handwritten.jsonl",
        "routing-two-hundredth-handwritten.jsonl",
        "routing-two-hundred-first-handwritten.jsonl",
        # Four more, written blind after migration 0121 and scored once on 61fb4f9 (the end of
        # the round of the low readings, its routing sped up): 215 of 240, 75 of 80, 3 of 160,
        # their misses read by nobody.
        "routing-two-hundred-second-handwritten.jsonl",
        "routing-two-hundred-third-handwritten.jsonl",
        "routing-two-hundred-fourth-handwritten.jsonl",
        "routing-two-hundred-fifth-handwritten.jsonl",
    ),
    ({"zh-hans": 27, "zh-hant": 18, "en": 15}, 20),
)
HELD_OUT_FIRST_RUN: dict[str, tuple[int, int, int]] = {
    "routing-thirty-ninth-handwritten.jsonl": (55, 19, 0),
    "routing-fortieth-handwritten.jsonl": (56, 18, 0),
    "routing-forty-first-handwritten.jsonl": (53, 17, 0),
    "routing-forty-eighth-handwritten.jsonl": (56, 17, 0),
    "routing-forty-ninth-handwritten.jsonl": (57, 19, 0),
    "routing-fiftieth-handwritten.jsonl": (51, 19, 2),
    "routing-fifty-seventh-handwritten.jsonl": (54, 19, 3),
    "routing-fifty-eighth-handwritten.jsonl": (51, 19, 3),
    "routing-fifty-ninth-handwritten.jsonl": (53, 18, 0),
    "routing-one-hundred-fourteenth-handwritten.jsonl": (56, 19, 2),
    "routing-one-hundred-fifteenth-handwritten.jsonl": (56, 19, 0),
    "routing-one-hundred-sixteenth-handwritten.jsonl": (57, 20, 0),
    "routing-one-hundred-seventeenth-handwritten.jsonl": (56, 20, 0),
    "routing-one-hundred-twenty-sixth-handwritten.jsonl": (51, 20, 2),
    "routing-one-hundred-twenty-seventh-handwritten.jsonl": (51, 18, 1),
    "routing-one-hundred-twenty-eighth-handwritten.jsonl": (54, 19, 1),
    "routing-one-hundred-twenty-ninth-handwritten.jsonl": (52, 16, 0),
    "routing-one-hundred-thirty-fourth-handwritten.jsonl": (54, 19, 2),
    "routing-one-hundred-thirty-fifth-handwritten.jsonl": (58, 20, 0),
    "routing-one-hundred-thirty-sixth-handwritten.jsonl": (57, 19, 1),
    "routing-one-hundred-thirty-seventh-handwritten.jsonl": (55, 18, 1),
    "routing-one-hundred-forty-second-handwritten.jsonl": (59, 20, 0),
    "routing-one-hundred-forty-third-handwritten.jsonl": (57, 20, 1),
    "routing-one-hundred-forty-fourth-handwritten.jsonl": (59, 20, 0),
    "routing-one-hundred-forty-fifth-handwritten.jsonl": (58, 20, 1),
    "routing-one-hundred-fifty-eighth-handwritten.jsonl": (58, 20, 2),
    "routing-one-hundred-fifty-ninth-handwritten.jsonl": (57, 19, 0),
    "routing-one-hundred-sixtieth-handwritten.jsonl": (56, 20, 1),
    "routing-one-hundred-sixty-first-handwritten.jsonl": (57, 19, 1),
    "routing-one-hundred-ninetieth-handwritten.jsonl": (53, 19, 2),
    "routing-one-hundred-ninety-first-handwritten.jsonl": (53, 20, 3),
    "routing-one-hundred-ninety-second-handwritten.jsonl": (52, 19, 4),
    "routing-one-hundred-ninety-third-handwritten.jsonl": (54, 19, 1),
    "routing-one-hundred-ninety-fourth-handwritten.jsonl": (54, 19, 1),
    "routing-one-hundred-ninety-fifth-handwritten.jsonl": (58, 20, 1),
    "routing-one-hundred-ninety-sixth-handwritten.jsonl": (57, 20, 0),
    "routing-one-hundred-ninety-seventh-handwritten.jsonl": (57, 20, 1),
    "routing-one-hundred-ninety-eighth-handwritten.jsonl": (54, 17, 1),
    "routing-one-hundred-ninety-ninth-handwritten.jsonl": (56, 18, 0),
    "routing-two-hundredth-handwritten.jsonl": (54, 19, 2),
    "routing-two-hundred-first-handwritten.jsonl": (56, 19, 2),
    "routing-two-hundred-second-handwritten.jsonl": (59, 20, 1),
    "routing-two-hundred-third-handwritten.jsonl": (53, 19, 1),
    "routing-two-hundred-fourth-handwritten.jsonl": (53, 18, 0),
    "routing-two-hundred-fifth-handwritten.jsonl": (50, 18, 1),
}
# Every hand-written file, the shared list's and the newer ones of this module.
ALL_HAND_WRITTEN = (
    *HAND_WRITTEN_FILES,
    *(name for name in (*FILES, *HELD_OUT) if name not in HAND_WRITTEN_FILES),
)


@pytest.mark.parametrize(
    ("name", "variants", "emergencies"), [(n, *v) for n, v in {**FILES, **HELD_OUT}.items()]
)
def test_each_file_is_mixed_new_and_no_rule_names_its_sentences(
    name: str, variants: dict[str, int], emergencies: int
) -> None:
    others = (*(f for f in ALL_HAND_WRITTEN if f != name), "triage-cases-dev.jsonl")
    if name not in SHARES_WITH_HOLDOUT:
        others = (*others, "triage-cases-holdout.jsonl")
    shared = frozenset().union(
        *(pair for pair, files in SHARED_BETWEEN_FILES.items() if name in files)
    )
    assert_new_hand_written_file(
        name, variants=variants, emergencies=emergencies, others=others, shared=shared
    )


def assert_new_beside_its_batch(
    name: str, batch: tuple[str, ...], variants: dict[str, int] | None = None, emergencies: int = 20
) -> None:
    """Hold a hand-written file of a later batch to its make-up (by default the 60 complaints of
    27 Simplified, 18 Traditional and 15 English with 20 emergencies) and to sharing no sentence
    with any other hand-written file, its batch's included, beyond the known shared ones."""
    others = (
        *(f for f in (*ALL_HAND_WRITTEN, *batch) if f != name),
        "triage-cases-dev.jsonl",
        "triage-cases-holdout.jsonl",
    )
    shared = frozenset().union(
        *(pair for pair, files in SHARED_BETWEEN_FILES.items() if name in files)
    )
    assert_new_hand_written_file(
        name,
        variants=variants or {"zh-hans": 27, "zh-hant": 18, "en": 15},
        emergencies=emergencies,
        others=others,
        shared=shared,
    )


# Sentences two hand-written files share, each written blind without the other: a short question
# or a plain finding said the one obvious way. Every other sentence is new.
SHARED_BETWEEN_FILES = {
    frozenset(
        {"Rolled my ankle playing football yesterday, it's swollen but I can still walk on it"}
    ): {
        "routing-thirty-ninth-handwritten.jsonl",
        "routing-fifty-seventh-handwritten.jsonl",
    },
    frozenset({"Found a lump in my breast in the shower, not painful"}): {
        "routing-fiftieth-handwritten.jsonl",
        "routing-fifty-eighth-handwritten.jsonl",
    },
    frozenset({"我想攞返上個月驗血嘅報告"}): {
        "routing-third-handwritten.jsonl",
        "routing-thirtieth-handwritten.jsonl",
    },
    frozenset({"脖子前面摸着有个小疙瘩，不疼不痒，体检B超说是甲状腺结节"}): {
        "routing-twenty-eighth-handwritten.jsonl",
        "routing-thirty-first-handwritten.jsonl",
    },
    frozenset({"喉嚨痛咗三日，吞口水都痛，冇發燒"}): {
        "routing-fourth-handwritten.jsonl",
        "routing-thirty-sixth-handwritten.jsonl",
        "routing-seventy-fourth-handwritten.jsonl",
        "routing-eighty-sixth-handwritten.jsonl",
    },
    frozenset({"腳底板早上下床第一步超痛，走一走會比較好"}): {
        "routing-thirty-second-handwritten.jsonl",
        "routing-thirty-sixth-handwritten.jsonl",
    },
    frozenset({"结婚三年了一直没怀上，两口子都想查查"}): {
        "routing-twenty-eighth-handwritten.jsonl",
        "routing-thirty-seventh-handwritten.jsonl",
    },
    frozenset({"我要申請診斷證明書跟病歷影本，保險公司要的"}): {
        "routing-forty-eighth-handwritten.jsonl",
        "routing-fiftieth-handwritten.jsonl",
    },
    frozenset({"成日頭暈，一轉身就天旋地轉，想嘔"}): {
        "routing-eighty-fifth-handwritten.jsonl",
        "routing-ninety-third-handwritten.jsonl",
    },
    frozenset({"喉嚨痛咗三日，冇發燒，食嘢吞落去有啲痛"}): {
        "routing-thirtieth-handwritten.jsonl",
        "routing-two-hundred-second-handwritten.jsonl",
    },
}


def test_the_files_share_only_their_known_sentences() -> None:
    for sentences, files in SHARED_BETWEEN_FILES.items():
        for name in files:
            assert sentences <= {case["text"] for case in read_cases(name)}, name


# The one sentence a file shares with the holdout file, each written without the other: a
# question too short to be worded two ways. Every other sentence is new.
SHARES_WITH_HOLDOUT = {
    "routing-twelfth-handwritten.jsonl": {"Where do I pay?"},
    "routing-fifteenth-handwritten.jsonl": {"住院押金在哪交"},
}


@pytest.mark.parametrize(("name", "shared"), SHARES_WITH_HOLDOUT.items())
def test_a_file_shares_with_the_holdout_only_its_known_sentence(name: str, shared: set) -> None:
    texts = {case["text"] for case in read_cases(name)}
    holdout = {case["text"] for case in read_cases("triage-cases-holdout.jsonl")}
    assert texts & holdout == shared


@pytest.mark.django_db
@pytest.mark.parametrize("name", FILES)
def test_each_hand_written_gate(database_suggest, name: str) -> None:
    measured(name, database_suggest).assert_gate(0.97)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "first_run"), HELD_OUT_FIRST_RUN.items())
def test_a_held_out_file_scores_no_lower_than_its_first_run(
    database_suggest, name, first_run
) -> None:
    assert_no_lower_than_its_first_run(measured(name, database_suggest), first_run)


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# What each file taught, said in words of its own (never a sentence of the file).
TAUGHT = [
    # Sixth file.
    # An itch at the ear, nose, throat or eye is no skin complaint (痒, 痕, itchy).
    ("喉咙痒痒的，老想清嗓子", {"ENT"}, False),
    ("耳仔好痕，成日想挖", {"ENT"}, False),
    ("my nose is itchy inside", {"ENT", "ALLERGY"}, False),
    ("两眼又红又痕", {"OPH", "ALLERGY"}, False),
    ("左眼一直流眼水", {"OPH"}, False),
    # Cantonese vomiting, appetite, constipation, tremor.
    ("今朝起身一路呕", {"GI"}, False),
    ("冇乜胃口，食唔落嘢", {"GI"}, False),
    ("成個禮拜冇屙，屙唔出", {"GI"}, False),
    ("拎杯水都手震", {"NEURO"}, False),
    # 头 ending a word (骨头, 手指头, 膊头) is no head.
    ("脚趾头又红又痛", {"ORTHO", "RHEUM"}, False),
    ("膊头痛咗成个月", {"ORTHO", "REHAB"}, False),
    ("后脑勺一跳一跳地疼", {"NEURO"}, False),
    # A negative pregnancy test, a heart attack in English, a kidney worry.
    ("no period for two months, pregnancy test negative", {"GYN", "ENDO"}, False),
    ("had two heart attacks and a bypass, here for my review", {"CARD"}, False),
    ("长期吃止痛片，担心伤肾", {"NEPH", "PHARM", "GP"}, False),
    # Someone's guess at a tumour is no diagnosis; a child word with an adult's age no child.
    ("同事说我老头晕是脑瘤，我觉得是没睡好", {"NEURO", "GP"}, False),
    ("我女儿二十八岁，月经一直不准", {"GYN"}, False),
    ("my daughter is 19 and keeps getting migraines", {"NEURO"}, False),
    # Asked in general: no emergency.
    ("are headaches always a sign of a stroke?", {"NEURO", "GP"}, False),
    ("心口痛一定是心脏病吗", {"CARD", "GP"}, False),
    # Red flags in new words: bleeding in pregnancy, a fit with fever, a twisted testicle,
    # a Cantonese stroke, a lot of fresh blood from below.
    ("怀咗六个月，今朝见到落红，好大量", {"ER", "OB"}, True),
    ("细路发烧到三十九度半，成个人抽筋", {"ER"}, True),
    ("my son woke up with sudden severe pain in his testicle", {"ER", "URO"}, True),
    ("阿嫲食饭食到一半，讲唔出嘢，只手冇晒力", {"ER"}, True),
    ("厕所里拉了很多鲜血，人发虚", {"ER"}, True),
    # A cramp of a leg without a fever stays a cramp.
    ("夜晚瞓觉小腿抽筋", {"ORTHO"}, False),
    # Seventh file.
    # Every word of no response is the unconscious red flag.
    ("阿妈瞓咗成日，点叫都冇反应", {"ER"}, True),
    # Hong Kong's cutting and spurting blood.
    ("个仔界手，血一直标出嚟", {"ER", "PSY"}, True),
    # Over by now, told of an earlier day: no emergency; said of today, still one.
    ("前天晚上心口痛得好犀利出冷汗，而家冇事了，想睇心脏科", {"CARD"}, False),
    (
        "the other day I had crushing chest pain, it's all gone now, can I see a heart doctor",
        {"CARD"},
        False,
    ),
    ("刚才胸口压着疼还出冷汗，现在没事了", {"ER"}, True),
    # A lump on a limb, discharge, skin patches, mood after a birth, snoring.
    ("膝盖后面鼓起一个包，蹲下去胀", {"ORTHO", "GS"}, False),
    ("阴道有异味，分泌物发黄", {"GYN"}, False),
    ("scaly red patches on my scalp and elbows", {"DERM"}, False),
    ("since my daughter was born I can't cope and cry all day", {"PSY", "OB"}, False),
    ("my wife says I snore and stop breathing in my sleep", {"ENT", "RESP"}, False),
    # Written after the file: a child word said by the parent, or of the visitor long ago.
    ("孩子他妈这两天老是胃胀", {"GI"}, False),
    ("我小时候有过敏性鼻炎，现在一到春天又鼻塞", {"ENT", "ALLERGY"}, False),
    ("my daughter brought me in, my hip has been aching for weeks", {"ORTHO", "REHAB"}, False),
    ("生完孩子三个月，乳房有个硬块", {"GS"}, False),
    # Hong Kong's tongue, ear and acne; a medicine for pain is no pain clinic.
    ("脷边好痛，食嘢都痛", {"DENT", "ENT"}, False),
    ("耳仔好似塞住咗，听嘢唔清", {"ENT"}, False),
    ("额头生好多暗疮", {"DERM"}, False),
    ("偏头痛，止痛片都压不住", {"NEURO"}, False),
    # Asked whether, not denied: "有冇", "有没有".
    ("想验下有冇糖尿病", {"ENDO", "LAB"}, False),
    # English lay words.
    ("I'm back and forth to the loo all night, it burns", {"URO", "GYN"}, False),
    ("pulled a muscle in my thigh at football", {"ORTHO", "REHAB"}, False),
    ("a verruca on my big toe", {"DERM"}, False),
    ("the room keeps spinning when I turn over in bed", {"NEURO", "ENT"}, False),
    ("I'm drinking too much and can't stop", {"PSY"}, False),
    ("we've been trying to conceive for two years", {"REPRO", "GYN"}, False),
    ("came out in hives after a new tablet", {"DERM", "ALLERGY"}, False),
    ("there was blood in her sick this morning", {"ER"}, True),
    ("she's burning up with a rash that won't fade under a glass", {"ER"}, True),
    # Everyday words are not corrected into a rule's word: "crashing" is no "crushing", "cats"
    # no "cast", "drooling" no "drooping".
    ("our cats make my eyes itch and stream", {"OPH", "ALLERGY"}, False),
    # Eyes that itch or water tie the eye clinic with the skin's itch; the eye's own words win.
    ("the dog makes my eyes water and itch", {"OPH", "ALLERGY"}, False),
    ("my eyes itch like mad since spring", {"OPH", "ALLERGY"}, False),
    ("my eyes are watering all day", {"OPH", "ALLERGY"}, False),
    ("my skin itches all over", {"DERM"}, False),
    ("itchy skin and my eyes are fine", {"DERM"}, False),
    ("my toddler is teething and drooling a lot", {"PED", "DENT", "CHILD"}, False),
    # A fit of an earlier day that went back to normal; a facial palsy of years ago.
    ("上礼拜女儿突然抽搐了一下，后来就恢复正常了，想查查脑电图", {"NEURO", "PED"}, False),
    ("三年前面瘫过，现在眼睛还是闭不太紧", {"NEURO", "REHAB", "TCM", "OPH"}, False),
    # A breast lump in everyday words.
    ("右边乳房里有个硬邦邦的东西，不痛", {"GS"}, False),
    # Eighth file.
    # Drying out: no tears, no urine, sunken eyes with diarrhoea or vomiting; tears are fine.
    ("宝宝吐了一晚上，半天没尿", {"ER"}, True),
    (
        "my baby has had the runs all day and there have been no wet nappies since lunch",
        {"ER"},
        True,
    ),
    ("孩子拉肚子，哭的时候眼泪很多，精神好", {"PED"}, False),
    # A child and a few of an adult's tablets; the child's own medicine as given is no emergency.
    ("女儿偷吃了奶奶的几粒降糖药", {"ER"}, True),
    ("孩子吃了两片退烧药还是烧", {"PED"}, False),
    # Crushed or run over.
    ("his foot got run over by a forklift", {"ER"}, True),
    ("隻腳俾的士車轆輾過，腫到變晒形", {"ER"}, True),
    # A thing in the nose with noisy breathing; confusion after a blow to the head.
    ("孙子把一粒黄豆塞进鼻孔，现在喘气有呼呼声", {"ER"}, True),
    ("she banged her head on the shelf and keeps repeating herself", {"ER"}, True),
    # The baby moving less, with words between.
    ("I'm 33 weeks and the baby is moving less than usual today", {"ER", "OB"}, True),
    # A worn knee is the joints'; filler for the face is cosmetic.
    ("膝關節退化，醫生建議打玻尿酸", {"ORTHO", "REHAB"}, False),
    ("想打玻尿酸丰苹果肌", {"AEST"}, False),
    # A stomach that fills quickly; the globus feeling; a felt lump.
    ("胃悶悶的，吃兩口就飽", {"GI"}, False),
    ("总觉得喉咙有东西，吞不下去也吐不出来", {"ENT", "PSY"}, False),
    ("腋下摸到一颗肿肿的，不痛", {"GS", "ORTHO"}, False),
    # Threadworms, a sty, the pill, gambling.
    ("細路成晚抓屁股", {"PED"}, False),
    ("a painful sty on my lower eyelid", {"OPH"}, False),
    ("I'd like to start the pill", {"GYN", "PHARM"}, False),
    ("my gambling is out of control", {"PSY"}, False),
    # Red flags in more words, written after the file.
    ("心口好似俾人揸实咁，出晒汗", {"ER"}, True),
    ("后背突然像被刀砍一样痛，一直痛到肚子", {"ER"}, True),
    ("my 6 week old baby has a fever of 38.2", {"ER"}, True),
    ("宝宝两个月，脸上起了湿疹", {"PED", "DERM"}, False),
    ("肚皮硬得像一块木板，碰都不敢碰", {"ER"}, True),
    ("奶奶吃汤圆噎住了，脸都青了", {"ER"}, True),
    ("发烧两天，今天脖子僵硬，低头下巴碰不到胸口", {"ER"}, True),
    ("she's type 1 diabetic and very confused this morning", {"ER"}, True),
    # A long fever is no baby's.
    ("发烧咳嗽一个多月了", {"FEVER", "RESP", "INFECT"}, False),
    # Ninth file.
    ("头上磕了个大口子，血顺着脸往下流", {"ER"}, True),
    ("he's got a deep gash on his shin and the blood is pouring", {"ER"}, True),
    ("手指割了个小口子，有点血", {"GS", "DERM"}, False),
    ("婆婆说话突然怪怪的，一边的手拿不住碗", {"ER"}, True),
    ("一边手老是拿不住东西，好几年了", {"NEURO"}, False),
    # Written after the file: a baby weeks old with a fever, Hong Kong's child words, a pad an
    # hour, a bulging soft spot, confusion in a heatwave.
    ("个女十日大，今日发烧", {"ER"}, True),
    ("细路咳咗几日，流鼻水", {"PED"}, False),
    ("soaking a pad every hour since this morning and feeling faint", {"ER"}, True),
    ("宝宝前囟鼓起来，一直哭，发烧", {"ER"}, True),
    ("out in the heatwave all day, now confused and being sick", {"ER"}, True),
    # A single-character sign inside a denied word is denied too ("晕" of "没有头晕").
    ("大便颜色有点深，但是没有头晕", {"GI"}, False),
    ("拉黑色的大便，站起来就头晕", {"ER"}, True),
    # Numb fingers, a back put out, Hong Kong's calf, morning stiffness, leaks, a certificate.
    ("手指头麻麻的，早上特别明显", {"NEURO", "ORTHO"}, False),
    ("搬箱子闪到腰，直不起来", {"ORTHO", "REHAB"}, False),
    ("脚瓜好痛，行唔到路", {"ORTHO", "REHAB"}, False),
    ("my hands are stiff every morning for an hour", {"RHEUM", "ORTHO"}, False),
    ("I leak urine whenever I sneeze", {"URO", "GYN"}, False),
    ("想开一张诊断书", {"RECORDS"}, False),
    # Confusion growing after a fall; a late period with one-sided pain; snoring; claudication.
    ("爷爷前天跌了一跤，这两天越来越迷糊", {"ER"}, True),
    ("my period is late and I have sharp pain on one side of my tummy", {"ER"}, True),
    ("月经推迟，但是验孕是阴性，想调一下", {"GYN", "ENDO"}, False),
    ("他睡觉鼾声特别响", {"ENT", "RESP"}, False),
    ("走一段路小腿就痛，歇一会儿就好", {"CVS", "CARD", "ORTHO"}, False),
    # Hong Kong's nose, hair, shingles, a heavy head and "M".
    ("朝早起身就打乞嗤，鼻水流唔停", {"ENT", "ALLERGY"}, False),
    ("最近甩好多头发", {"DERM"}, False),
    ("腰嗰度生蛇，痛到瞓唔着", {"DERM", "PAIN"}, False),
    ("个头好重，成日晕", {"NEURO", "ENT", "GP"}, False),
    ("两个月冇嚟M", {"GYN", "OB"}, False),
    # Tenth file.
    # A throat closing after a food, a sting or a drug; one side of the lower belly with a late
    # period; heat with muddled talk; a baby's ribs sucking in.
    ("吃了几颗开心果，喉咙越来越紧，声音都变了", {"ER"}, True),
    ("had a few cashews and my throat feels like it's closing", {"ER"}, True),
    ("大姨妈迟了两周，右边小肚子一阵一阵绞着疼", {"ER", "GYN", "OB"}, True),
    ("worked on the roof in the heat all day, now he's talking gibberish", {"ER"}, True),
    ("bb吸气时肋骨下面一凹一凹", {"ER", "PED"}, True),
    # Asked in general, or after the news: no emergency.
    ("野蘑菇中毒一般多久会有反应", {"GP", "GI", "INFECT", "ER"}, False),
    ("怎么判断自己是不是中暑", {"GP", "PREV"}, False),
    # Breathless lying flat and pitting ankles are the heart's story.
    ("晚上躺下就憋，要垫高枕头，小腿一按一个坑", {"CARD", "RESP"}, False),
    # A red flag of years ago tells its department at a department's urgency; now outweighs it.
    ("几年前触过电，现在手掌有时候发麻", {"NEURO", "ORTHO"}, False),
    # A tailbone, a mouth patch, a withdrawn teenager, a navel, choking on drinks, the scalp.
    ("尾巴骨摔到了，坐着就疼", {"ORTHO"}, False),
    ("口腔里面有块白斑，不痛", {"DENT", "ENT"}, False),
    ("女儿十六岁，天天把自己关在房间，也不肯上学", {"PSY", "CHILD", "PED"}, False),
    ("肚脐眼湿湿的，有异味", {"GS", "DERM"}, False),
    ("奶奶最近喝水老是呛到", {"NEURO", "GERI", "ENT", "REHAB"}, False),
    ("头皮上长了好多小痘痘", {"DERM"}, False),
    # A catching finger, nails, under the tongue, a stay in hospital, making oneself sick.
    ("食指弯下去就卡住，伸不直", {"ORTHO", "REHAB"}, False),
    ("my toenails are thick and yellow", {"DERM"}, False),
    ("a lump under my tongue that swells when I eat", {"DENT", "ENT"}, False),
    ("where do I go for a hospital stay", {"ADMIT"}, False),
    ("my son keeps making himself sick after meals", {"PSY", "CHILD", "PED"}, False),
    # Eleventh file.
    # Burns of the face from a blast or a flame; a small child into an adult's pills; a belly
    # hardening after a blow.
    ("煤气罐炸了，脸被烧得焦黑", {"ER"}, True),
    ("the gas bottle blew up in his face", {"ER"}, True),
    ("孩子把爷爷的药误吃了", {"ER"}, True),
    ("my 2 year old got into the pill box", {"ER"}, True),
    ("he fell off his bike and his tummy is getting hard", {"ER"}, True),
    # A question about going back after an illness is not the illness now.
    ("how long after flu can I go back to school", {"GP", "RESP", "INFECT"}, False),
    # A scratched bite, a stent's drugs, a thumb, a nail, milia, a calf on walking, a tongue,
    # weak knees, urine, bloods asked for, greasy stools.
    ("被虫咬的地方抓破了，还流脓", {"DERM", "GS"}, False),
    ("装了支架，在吃抗血小板药", {"CARD"}, False),
    ("大拇指根用力就痛", {"ORTHO", "REHAB"}, False),
    ("my thumbnail has a dark streak in it", {"DERM", "ONC"}, False),
    ("鼻子旁边长了些粟丘疹", {"DERM", "AEST"}, False),
    ("my calves cramp when walking and ease with rest", {"CVS", "CARD", "GS"}, False),
    ("舌頭麻麻的", {"DENT", "ENT"}, False),
    ("I've got weak knees", {"ORTHO", "REHAB", "GERI"}, False),
    ("尿很臭還混濁", {"URO", "NEPH", "GYN"}, False),
    ("can I have my blood taken today", {"LAB"}, False),
    ("大便油油的，浮在水面", {"GI"}, False),
    # Twelfth file.
    # An emptied bottle or packet of sleeping pills; of another medicine beside someone drowsy;
    # an emptied bottle of a refill is none.
    ("他床边有个空了的佐匹克隆药瓶", {"ER"}, True),
    ("found an empty packet of her diazepam by the bed", {"ER"}, True),
    ("奶奶的降压药瓶子空了，人昏昏沉沉的", {"ER"}, True),
    ("降压药吃完了，瓶子空了，想再开一点", {"CARD", "PHARM", "GP"}, False),
    # A long story that turns to today: today's overdose is one ("好多年" is how long the
    # stomach has been bad, not how long a medicine was taken).
    ("老胃病好多年了，吃吃停停。今天中午吵完架，她把一整盒降压药都吞了", {"ER"}, True),
    ("咳嗽好多年了，今天早上突然咳出一大口鲜血", {"ER"}, True),
    # A wish not to go on living, with words between.
    ("她说不想再这样活下去了", {"ER", "PSY"}, True),
    ("阿妹成日讲唔想再活，今日仲执埋啲药", {"ER", "PSY"}, True),
    # A shock from a plug or a socket, however far apart the words.
    ("he was changing a plug and got a jolt up his arm, now his chest feels odd", {"ER"}, True),
    ("修插座嘅时候俾电亲，手指有个黑点", {"ER"}, True),
    # A diabetic breathing deep and fast; deep and fast breathing in a panic is no ketoacidosis.
    ("type 1 diabetic son, vomiting since last night and now breathing very deep", {"ER"}, True),
    ("糖尿病的妈妈吐了一天，呼吸又深又快", {"ER"}, True),
    (
        "breathing deep and fast after a panic attack, fingers tingling",
        {"PSY", "RESP", "GP"},
        False,
    ),
    # A period pain told with the period is each month's, not today's emergency; today's is.
    ("每个月来大姨妈的时候肚子痛得直冒冷汗", {"GYN", "TCM"}, False),
    ("来大姨妈的时候肚子痛得在地上打滚", {"GYN", "TCM"}, False),
    ("嚟M嘅時候肚痛到喺床上碌嚟碌去", {"GYN", "TCM"}, False),
    ("I get cramps so bad I can't stand up when I'm on my period", {"GYN"}, False),
    ("今天来月经，肚子突然剧痛，人快晕倒了", {"ER"}, True),
    # A calendar year in English is history, as "2018年" is.
    ("my husband had a stroke in 2016 and now wants his flu jab", {"PREV", "GP", "INFECT"}, False),
    ("I had a seizure in 2018, now I'd like to come off my tablets", {"NEURO"}, False),
    # Copies of records asked for, whatever they are for; the insurance desk's own questions.
    ("想打印一份出院小结，转院要用", {"RECORDS"}, False),
    ("my insurer wants a copy of my hospital notes", {"RECORDS"}, False),
    ("保险公司要我的住院病历复印件", {"RECORDS"}, False),
    ("医保报销要带什么材料", {"INSUR"}, False),
    # Back pain running into a leg; floaters; a hearing aid that no longer helps.
    ("后腰疼，一直窜到大腿后面，走路一瘸一拐", {"ORTHO", "PAIN", "REHAB"}, False),
    ("my lower back pain shoots down into my calf", {"ORTHO", "PAIN"}, False),
    ("条腰痛到落屎忽，只脚痹痹地", {"ORTHO", "PAIN"}, False),
    ("右眼前面总有小黑点飘来飘去", {"OPH"}, False),
    ("I keep seeing cobwebs drifting across my vision", {"OPH"}, False),
    ("my granddad's hearing aid isn't helping any more, he can't hear the TV", {"ENT"}, False),
    # Thirteenth file.
    # A sense of smell lost; a low blood count; a stiff, clicking neck.
    ("感冒好了以后鼻子一直闻不到气味", {"ENT"}, False),
    ("嗅覺好像失靈了，香水都聞唔到", {"ENT"}, False),
    ("嗅覺唔靈咗成個月", {"ENT"}, False),
    ("I've lost my sense of smell since the spring", {"ENT"}, False),
    ("复查血小板还是偏低，医生说要进一步看看", {"HEME"}, False),
    ("my white cell count came back low twice", {"HEME"}, False),
    ("頸好梗，一扭就咯吱响", {"ORTHO", "REHAB", "PAIN"}, False),
    ("my neck is stiff and crunches when I turn it", {"ORTHO", "REHAB", "PAIN"}, False),
    # A stiff neck with a fever stays an emergency.
    ("脖子僵硬转不动，还发高烧", {"ER"}, True),
    # Booking online; the registration desk; insurance asked about a service.
    ("小程序上预约失败了好几次，怎么办", {"CS"}, False),
    ("the booking app keeps crashing when I try to book", {"CS"}, False),
    ("请问挂号窗口在几楼", {"CS"}, False),
    ("医保能不能报康复科的费用", {"INSUR"}, False),
    ("網路掛號一直失敗，怎麼辦", {"CS"}, False),
    # A breast lump; "不是" denies what follows it, "是不是" asks.
    ("左边乳房摸到一个硬块，不痛", {"GS", "ONC"}, False),
    ("found a lump in my boob this morning", {"GS", "ONC"}, False),
    ("不是肚子痛，是腰有点酸", {"ORTHO", "NEPH", "URO", "PAIN", "REHAB"}, False),
    # Bedwetting; fasting bloods; a tumour asked about; the bone doctor.
    ("女儿六岁了晚上还尿床", {"PED", "CHILD", "URO"}, False),
    ("my son still wets the bed at night", {"PED", "CHILD", "URO"}, False),
    ("need a fasting blood test, which floor", {"LAB"}, False),
    ("空腹验血要到哪里", {"LAB"}, False),
    ("do I have a brain tumor? my head aches every afternoon", {"NEURO"}, False),
    ("the nurse said to see the bone doctor about my wrist", {"ORTHO"}, False),
    # Fourteenth file.
    # A denial inside a phrase's gap ("肚子一点都不痛"); readings said fine in a list; paying
    # asked in Cantonese or with 那 for 哪; admission forms; an ankle that went over; a mind that
    # will not stop at night; a department's words told only as history or in a question, with
    # another department named today; insurance asked with its verbs.
    ("例假晚了两周，验孕棒一道杠，肚子一点都不痛", {"GYN"}, False),
    (
        "my period is three weeks late and the test is negative, my tummy doesnt hurt at all",
        {"GYN"},
        False,
    ),
    ("請問喺邊度俾錢？", {"BILL"}, False),
    ("去那里缴费？化验单已经开好了", {"BILL"}, False),
    ("my dad is being admitted on Monday, where are the admission forms", {"ADMIT"}, False),
    ("明天入院做手术，入院手续去哪办", {"ADMIT"}, False),
    ("I rolled my ankle on the stairs and it's still swollen", {"ORTHO"}, False),
    ("行山拐到脚，到而家仲痛", {"ORTHO"}, False),
    ("外公手抖了半年，写字越来越小，血压血脂都正常", {"GERI", "NEURO"}, False),
    ("一躺下脑子就转个不停，凌晨三点还醒着", {"PSY"}, False),
    ("my mind won't switch off at night, been like this for weeks", {"PSY"}, False),
    ("she had a heart attack in 2020, today her knee is swollen", {"ORTHO", "RHEUM"}, False),
    ("Dad had a stroke years ago but he's here today about his hearing", {"ENT"}, False),
    ("can anxiety feel like a heart attack?", {"CARD", "GP", "PSY"}, False),
    ("我的保险能赔胃镜的费用吗", {"INSUR"}, False),
    ("does my insurance cover a knee MRI", {"INSUR"}, False),
    ("健保有給付復健嗎", {"INSUR"}, False),
    # The card brought along in a clinical story asks for no service.
    ("我有帶健保卡，胃痛兩天了", {"GI"}, False),
    ("健保卡帶了，喉嚨痛三天", {"ENT"}, False),
    # Fifteenth file.
    # Why the visitor came today, said after a story of the past: the story's departments keep a
    # share only. A history that is the reason of today's visit (开药, 复查, a stone found before
    # with today's colic) is not set apart.
    ("前年放了两个支架，这次来是拔智齿的", {"DENT"}, False),
    ("had a heart attack three years ago, today it's just a rash on my arms", {"DERM"}, False),
    ("去年做过胆囊手术，今天来看眼睛，眼睛又干又涩", {"OPH"}, False),
    (
        "my mum had bowel cancer years ago but she's here today about an itchy scalp",
        {"DERM"},
        False,
    ),
    ("以前得过肺结核，今日嚟睇膝头痛", {"ORTHO"}, False),
    ("去年心梗放过支架，今天来复查", {"CARD"}, False),
    ("去年查出癫痫，现在按时吃药，想来开药", {"NEURO"}, False),
    ("腰部一侧突然绞着疼，尿有点红，以前查过有肾结石", {"URO"}, False),
    # What it is now, said against the story ("现在主要是…", "now it's just …"): the story's
    # departments keep a share only; a history that goes on now ("现在又胃痛了") keeps it all.
    ("以前得过胃溃疡，现在主要是膝盖痛", {"ORTHO", "REHAB"}, False),
    ("去年肺炎住过院，这次主要是耳朵疼", {"ENT"}, False),
    ("had a kidney stone last year, now it's just a rash on my hands", {"DERM"}, False),
    ("my dad had a stroke years ago, now it's mostly his hearing", {"ENT"}, False),
    ("前几年做过甲状腺手术，现在就是身上起疹子很痒", {"DERM"}, False),
    ("以前查过有胃溃疡，现在又胃痛了", {"GI"}, False),
    # "这次", "这回", "今次" (this time) is now, against a long story.
    ("哮喘十几年了，这次喘得说不出话，嘴唇发紫", {"ER"}, True),
    ("胃病好多年了，这回吐了好多血", {"ER"}, True),
    ("心脏不好很多年了，今次心口痛到出冷汗", {"ER"}, True),
    # Whether a medicine goes with a drink or another medicine: the pharmacy's advice. Taken
    # with a drink and unwell now, or an amount swallowed, is not a question.
    ("吃了头孢还能喝酒吗", {"PHARM"}, False),
    ("can I have a glass of wine while I'm on antibiotics", {"PHARM"}, False),
    ("布洛芬跟感冒药可以一起吃吗", {"PHARM"}, False),
    ("食緊抗生素飲啤酒得唔得", {"PHARM"}, False),
    ("is it safe to take paracetamol and ibuprofen together", {"PHARM"}, False),
    ("吃着降压药能不能喝点红酒", {"PHARM"}, False),
    ("吃了感冒药又喝了酒，现在头晕想吐", {"NEURO", "GP", "GI"}, False),
    ("吃了一整瓶安眠药又喝了半瓶白酒", {"ER"}, True),
    # Where or how to register is the registration desk's (patient services); its fee is
    # billing's. The way to the lifts, an exit, the canteen or a ward's visiting hours.
    ("第一次来，请问在哪里挂号", {"CS"}, False),
    ("where do I register for the clinic, first time here", {"CS"}, False),
    ("挂号去哪儿挂啊", {"CS"}, False),
    ("喺边度挂号？", {"CS"}, False),
    ("how do I register to see a doctor here", {"CS"}, False),
    ("请问挂号费在哪里缴", {"BILL"}, False),
    ("which floor are the lifts on, my dad is on ward 12", {"CS"}, False),
    ("探视时间是几点，我妈住在五楼病房", {"CS"}, False),
    ("where's the canteen", {"CS"}, False),
    ("上下楼梯膝盖疼，骨科在哪", {"ORTHO"}, False),
    # A verruca as people spell it.
    ("two veruccas on the sole of my foot", {"DERM"}, False),
    # Sixteenth file.
    # A payment told as done asks for no payment (an invoice still does).
    ("交完钱了，拿药去几楼", {"PHARM"}, False),
    ("钱交完了，取药窗口在哪", {"PHARM"}, False),
    ("刚付完钱，拿药的地方在哪里", {"PHARM"}, False),
    ("交咗钱，喺边度拎药", {"PHARM"}, False),
    ("just paid, where do I collect my tablets", {"PHARM"}, False),
    ("交完钱了，发票在哪打", {"BILL"}, False),
    # Whether one may register is the registration desk's; its fee stays billing's.
    ("请问可以先挂号再补资料吗", {"CS"}, False),
    ("忘记带卡了能不能挂号", {"CS"}, False),
    ("没有预约可以直接挂号吗", {"CS"}, False),
    ("身份證冇帶，可唔可以先掛號", {"CS"}, False),
    ("can I register first and bring my card later", {"CS"}, False),
    # Which department to see is a clinical question, whatever service the story names.
    ("想在这边拿降压药的慢性处方笺，挂哪个科", {"CARD"}, False),
    ("想来这边领甲减的药，看什么科", {"ENDO"}, False),
    (
        "i want to collect my diabetes medicine here from now on, which clinic do I book",
        {"ENDO"},
        False,
    ),
    ("糖尿病的药想转来这边拿，挂哪个科", {"ENDO"}, False),
    ("高血压的药吃完了，想来拿药，挂什么科", {"CARD"}, False),
    ("where do I pick up my thyroid tablets, which department do I see", {"ENDO", "GP"}, False),
    # Paying for parking is patient services'.
    ("停车场在哪里缴费", {"CS"}, False),
    ("停车场哪里交钱", {"CS"}, False),
    ("where do I pay at the car park", {"CS"}, False),
    ("泊车喺边度畀钱", {"CS"}, False),
    ("where do I pay for parking", {"CS"}, False),
    ("where do I pay for my scan", {"BILL"}, False),
    # Tissue sent to be tested is pathology's; when a report is ready is asked of its service.
    ("胃镜的时候夹了块组织去化验，报告几时出", {"PATH"}, False),
    ("医生取了组织送去化验，报告在哪拿", {"PATH"}, False),
    ("做胃镜切了点组织，化验结果去哪里拿", {"PATH"}, False),
    ("上週照腸鏡攞咗組織去化驗，報告點攞", {"PATH"}, False),
    (
        "they sent some tissue off to be tested after my endoscopy, where do I get the report",
        {"PATH"},
        False,
    ),
    # Visiting hours asked, a visitor to a patient on a ward; whether the hospital has a cash
    # machine, a shop or lifts (written after the file, in words of our own).
    ("my mum is on ward 5, what are the visiting hours", {"CS"}, False),
    ("住院部探视时间是几点到几点", {"CS"}, False),
    ("can I visit a patient in ICU tonight", {"CS"}, False),
    ("visiting times for the children's ward?", {"CS"}, False),
    ("is there a cash machine in the hospital", {"CS"}, False),
    ("医院里有没有便利店", {"CS"}, False),
    ("are there any lifts near the east entrance", {"CS"}, False),
    ("is there a cafe downstairs", {"CS"}, False),
    # A washroom (洗手间), a social worker, a phone to charge: patient services; a pain on the
    # toilet stays clinical.
    ("唔該，洗手間喺邊度", {"CS"}, False),
    ("请问洗手间怎么走", {"CS"}, False),
    ("我想搵社工", {"CS"}, False),
    ("can I speak to a social worker about my dad's care at home", {"CS"}, False),
    ("where can I charge my phone", {"CS"}, False),
    ("is there a phone charger I can borrow", {"CS"}, False),
    ("上洗手间的时候肚子疼", {"GI"}, False),
    # Whether appointments are left or one can be added, asked: the registration desk; a
    # specialist's appointment wished for in a clinical story stays clinical.
    ("今天还能挂到专家号吗", {"CS"}, False),
    ("下午还有号吗", {"CS"}, False),
    ("号挂完了，能不能加个号", {"CS"}, False),
    ("明天的专家号怎么抢", {"CS"}, False),
    ("专家号挂号费多少钱", {"BILL"}, False),
    ("心口痛，想挂个专家号看看", {"CARD"}, False),
    ("心口痛，今天想挂个专家号看看", {"CARD"}, False),
    ("胃痛好几天了，明天能挂到消化科专家号吗", {"GI"}, False),
    # A scan's report collected, with the test named between, is imaging's.
    ("来取我爸上个月做的心脏彩超报告", {"IMG"}, False),
    ("替我妈来拿前天做的头颅ct报告", {"IMG"}, False),
    ("帮老公来取上周拍的腰椎核磁报告", {"IMG"}, False),
    ("代我奶奶来领她上个月做的胸片报告", {"IMG"}, False),
    ("我替老爸来打印上周做的颈动脉彩超报告", {"IMG"}, False),
    # Seventeenth file.
    # The emergency department named as where someone went (进了急诊, 送了急诊, "ended up in
    # A&E") is no request for it; how to keep a child safe at home is child health's. A poisoning
    # now is still an emergency; the department asked for now is still named.
    (
        "表姐家小孩前阵子误喝了消毒水进了急诊，想问下家里有两岁宝宝要注意什么",
        {"PED", "CHILD"},
        False,
    ),
    ("朋友的孩子去年吞了纽扣电池送了急诊，我家宝宝一岁，平时怎么防止误食", {"PED", "CHILD"}, False),
    ("隔籬屋個仔上個禮拜食錯藥入咗急診，想問屋企有BB要注意啲乜", {"PED", "CHILD"}, False),
    ("同事的小孩誤吃了洗碗錠去過急診，家裡小朋友要怎麼預防誤食", {"PED", "CHILD"}, False),
    (
        "last month my friend's toddler ended up in A&E after drinking bleach, how do I childproof my kitchen",
        {"PED", "CHILD"},
        False,
    ),
    (
        "how do I keep my 2 year old safe at home from medicines and cleaning stuff",
        {"PED", "CHILD"},
        False,
    ),
    ("孩子刚误吃了洗衣凝珠，一直吐，咳嗽", {"ER"}, True),
    ("宝宝刚刚吞了一颗纽扣电池", {"ER"}, True),
    ("上个月去过急诊，现在来复查胃镜", {"GI"}, False),
    ("我要看急诊，肚子疼得厉害", {"ER"}, False),
    ("pain in my chest and sweating, I need the emergency room", {"ER"}, True),
    # A ringing ear or an itch that annoys (吵得心烦, 痒得心烦) is no psychiatry; a low mood is.
    ("耳朵一直嗡嗡叫，不痛不痒，吵得人心烦睡不好", {"ENT"}, False),
    ("耳仔成日有蝉叫声，唔痛，吵到好烦", {"ENT"}, False),
    ("耳朵裡一直有嗡嗡聲，響得心煩，兩週了", {"ENT"}, False),
    ("my ear has been ringing for a week, no pain, just really annoying", {"ENT"}, False),
    ("耳朵痒得心烦", {"DERM", "ENT"}, False),
    ("最近总是心烦，睡不着，不想见人", {"PSY"}, False),
    ("老公天天吵架，吵得我心烦意乱，情绪很差，想哭", {"PSY"}, False),
    # A fasting sugar read at a check-up is endocrinology's.
    ("公司体检查出空腹血糖7.2，平时没什么症状", {"ENDO"}, False),
    ("體檢報告說空腹血糖偏高，要看哪一科", {"ENDO"}, False),
    ("單位體檢空腹血糖八點幾，要唔要睇醫生", {"ENDO"}, False),
    ("work health check says my fasting glucose is 7.1, feel fine", {"ENDO"}, False),
    ("my blood sugar came back high at a work check", {"ENDO"}, False),
    # A payment told as done (缴好了, 付好了, "paid already") asks for no payment; one to make does.
    ("批价缴好了，请问去哪里领药", {"PHARM"}, False),
    ("已經繳好費了，藥要去哪裡拿", {"PHARM"}, False),
    ("付好了钱，药在哪拿", {"PHARM"}, False),
    ("I've paid already, where do I collect my medicine", {"PHARM"}, False),
    ("领药之前要先去哪里缴费", {"BILL"}, False),
    ("请问在哪里缴费", {"BILL"}, False),
    # A heart murmur is cardiology's.
    ("孩子体检医生说有心脏杂音，想来查一下", {"CARD", "PED"}, False),
    ("診所醫生說聽到心雜音，想再來檢查", {"CARD", "PED"}, False),
    ("the GP heard a heart murmur and told me to get it checked", {"CARD"}, False),
    ("医生说我心脏有杂音，平时没症状", {"CARD"}, False),
    ("my doctor mentioned a murmur at my check-up, nothing else", {"CARD"}, False),
    # An INR check (on warfarin, a blood thinner) is the laboratory's.
    ("吃华法林的，来查一下INR", {"CARD", "LAB"}, False),
    ("食緊華法林，要驗INR", {"CARD", "LAB"}, False),
    ("I'm on warfarin and need my INR checked", {"CARD", "LAB"}, False),
    ("on blood thinners, just here for an INR test", {"CARD", "LAB"}, False),
    ("吃華法林，要來抽血查凝血", {"CARD", "LAB"}, False),
    # Where to park is patient services'; parking's fee may be billing's.
    ("停车场在哪里，门口满了", {"CS"}, False),
    ("请问医院有停车位吗", {"CS"}, False),
    ("醫院附近哪裡可以停車", {"CS"}, False),
    ("is there a car park for patients", {"CS"}, False),
    ("where can I park my car", {"CS"}, False),
    ("停车费在哪交", {"CS", "BILL"}, False),
    # Whether insurance pays for a cosmetic treatment the visitor wants: aesthetics; a coverage
    # question with no treatment wished for stays insurance's.
    ("想去做激光祛斑，医保能报销吗", {"AEST", "DERM"}, False),
    ("想打瘦脸针，這個健保有沒有給付", {"AEST", "DERM"}, False),
    ("想整激光去斑，医保包唔包", {"AEST", "DERM"}, False),
    (
        "I want to get laser treatment for my pigmentation, does insurance cover it",
        {"AEST", "DERM"},
        False,
    ),
    (
        "thinking of getting botox for my frown lines, is it covered by insurance",
        {"AEST", "DERM"},
        False,
    ),
    ("does my insurance cover physio here", {"INSUR", "BILL", "CS"}, False),
    ("医保能报销胃镜吗", {"INSUR"}, False),
    ("异地医保能在这里报销吗", {"INSUR"}, False),
    ("想问一下医保卡怎么激活", {"INSUR"}, False),
    ("I want to know if my insurance covers a knee scan", {"INSUR"}, False),
    ("想做胃镜，医保能报销吗", {"INSUR", "GI"}, False),
    # Eighteenth file.
    # What to do if a child swallowed something, asked ahead (如果, 万一, 要是, "what if",
    # "hypothetically"): children's advice, whatever medicine it names.
    ("如果小孩不小心吃了奶奶的降糖药，要怎么处理", {"PED", "GP"}, False),
    ("要是孩子误喝了消毒水，第一时间该做什么", {"PED", "GP"}, False),
    ("想問一下，如果寶寶吞了磁鐵要多久送醫", {"PED", "GP"}, False),
    (
        "what if my little one ever gets into the bleach under the sink, what do I do first",
        {"PED", "GP"},
        False,
    ),
    (
        "hypothetically, if a kid ate a few of grandma's heart pills, is that dangerous",
        {"PED", "GP"},
        False,
    ),
    # Someone else's red flag already in a hospital: the visitor's own complaint is today's.
    ("邻居家老人喝了农药住院了，我妈吓得几晚睡不着", {"PSY"}, False),
    ("我朋友上周吃了一瓶安眠药进了ICU，我这几天心里很难受，总是哭", {"PSY"}, False),
    ("同学喝了洗洁精进了医院，我儿子吓得晚上做噩梦，不敢去上学", {"PSY", "PED"}, False),
    (
        "my neighbour's son overdosed and is in hospital, my daughter can't stop crying and won't sleep",
        {"PSY", "PED"},
        False,
    ),
    # Hair lost, sickness or a sore throat after chemotherapy or radiotherapy: the cancer team;
    # hair lost otherwise stays the skin's.
    ("做完化疗以后一直掉头发，吃不下饭，下次复查挂哪个科", {"ONC"}, False),
    ("化疗后掉头发掉得厉害，正常吗", {"ONC"}, False),
    ("放疗之后嗓子疼，吃东西咽不下", {"ONC"}, False),
    ("化療完成日作嘔，食唔落嘢", {"ONC"}, False),
    (
        "my wife has lost all her hair since chemo and feels sick all the time, who does she see",
        {"ONC"},
        False,
    ),
    ("最近掉头发很厉害，头顶都稀了", {"DERM"}, False),
    ("my hair is falling out in clumps after having a baby", {"DERM"}, False),
    # A lump said as a ball or a bean (小球, 圆球, 黄豆大, 豆子大, "pea sized") at a joint.
    ("手腕上长了个小球，软软的，不疼", {"ORTHO", "GS"}, False),
    ("手背上鼓起一个黄豆大的包，按着有点硬", {"ORTHO", "GS"}, False),
    ("膝盖后面有个圆球一样的东西，蹲下时胀", {"ORTHO", "GS"}, False),
    ("腳踝旁邊有粒豆子大嘅嘢，唔痛", {"ORTHO", "GS"}, False),
    ("there's a soft pea sized lump on the back of my wrist", {"ORTHO", "GS"}, False),
    # A history told, then today's complaint: today's desk; a history that came back, that a
    # test found or whose care goes on today keeps its own.
    ("三年前得过乳腺癌，现在脚后跟疼", {"ORTHO"}, False),
    ("五年前做过心脏搭桥，现在牙疼得厉害", {"DENT"}, False),
    ("以前得过肺结核，已经治好了，最近膝盖疼", {"ORTHO"}, False),
    ("去年切了甲状腺，现在耳朵嗡嗡响", {"ENT"}, False),
    ("two years ago I had bowel cancer, now my knee hurts when I climb stairs", {"ORTHO"}, False),
    ("前年中過風，而家皮膚好痕", {"DERM"}, False),
    ("小时候得过肾炎，这几天眼睛红", {"OPH"}, False),
    ("以前查过有肾结石，现在腰疼", {"URO"}, False),
    ("三年前得过乳腺癌，最近乳房又摸到一个硬块", {"GS", "ONC"}, False),
    ("去年心梗放过支架，最近胸闷", {"CARD"}, False),
    ("2年前脑梗，最近头晕", {"NEURO"}, False),
    ("去年做过胃癌手术，今天来复查", {"ONC", "GS"}, False),
    ("上年做咗心臟手術，而家牙肉腫", {"DENT"}, False),
    ("旧年中过风，而家皮肤好痕", {"DERM"}, False),
    ("上年中风，今次嚟覆诊拎药", {"NEURO", "GP"}, False),
    # A head not struck in a fall ("didn't hit his head", "没磕到头"): the bone's desk.
    ("he fell but didn't hit his head and is walking fine, just a grazed elbow", {"ORTHO"}, False),
    ("she tripped and didn't bang her head, her wrist hurts", {"ORTHO"}, False),
    ("奶奶摔倒没磕到头，就是屁股疼", {"ORTHO"}, False),
    ("he fell and hit his head, now has a headache", {"NSURG", "NEURO"}, False),
    ("摔倒磕到头了，起了个包", {"NSURG"}, False),
    # Waters said broken with a word between ("my waters just broke"): the labour desk.
    ("I think my waters just broke and I'm only 30 weeks", {"OB"}, False),
    ("I think my waters have broken but no contractions yet", {"OB"}, False),
    # Nineteenth file.
    # Bruises with no knock, or with bleeding gums or nose: haematology, not the dentist; bruises
    # after a knock and gums bleeding when brushing are not.
    ("最近身上老是青一块紫一块，也没撞到哪里", {"HEME"}, False),
    ("刷牙牙龈总出血，腿上还有好多淤青", {"HEME"}, False),
    ("呢排成身瘀青，唔知点解，流鼻血都多咗", {"HEME"}, False),
    ("身上莫名其妙出現很多瘀斑，牙齦也會流血", {"HEME"}, False),
    ("I keep getting bruises on my legs for no reason and my gums bleed", {"HEME"}, False),
    ("打篮球撞了一下，腿上青一块紫一块", {"GP", "ORTHO", "DERM"}, False),
    ("刷牙的时候牙龈出血", {"DENT"}, False),
    # Pain under the right ribs after a fatty meal, or with stones seen: the gallbladder; a
    # kidney stone stays urology's.
    ("右上腹一吃油腻的就疼", {"GS", "GI"}, False),
    ("吃完肥肉右边肋骨下面一阵一阵疼，B超说有结石", {"GS", "GI"}, False),
    ("食完煎炸嘢右邊肋骨底好痛", {"GS", "GI"}, False),
    ("右上腹隱隱作痛，之前檢查說膽囊有石頭", {"GS", "GI"}, False),
    ("pain under my right ribs every time I eat something greasy", {"GS", "GI"}, False),
    ("kidney stones again, pain in my side", {"URO"}, False),
    # Light-headed for a moment on standing up too fast, settled: general practice.
    ("早上起床太快眼前一黑头晕，过一会就好了", {"GP"}, False),
    ("蹲久了一站起来就晕，几秒就没事了", {"GP"}, False),
    ("企起身太急有啲晕，而家冇事", {"GP"}, False),
    ("起身太快頭暈了一下，現在好了", {"GP"}, False),
    ("I get light headed when I stand up too quickly, it passes in a few seconds", {"GP"}, False),
    ("dizzy all the time for two weeks", {"NEURO", "ENT", "GP"}, False),
    # A department named as the ward where someone stays (住在…科, 住喺…病房, 在…住院, "on the
    # cardiology ward") is a place: the service asked for decides.
    ("我妈住在五楼消化内科，想问住院押金在哪交", {"ADMIT", "BILL"}, False),
    ("我老公住喺骨科病房，想問點樣辦出院", {"ADMIT"}, False),
    ("my mum is on the cardiology ward, where do I pay her deposit", {"BILL", "ADMIT"}, False),
    ("爸爸在神经内科住院，陪护证在哪办", {"ADMIT"}, False),
    ("外婆住在呼吸科，想问探视时间", {"ADMIT", "CS"}, False),
    ("想挂心内科，胸口闷", {"CARD"}, False),
    # A scan booked (预约, 约个, 照, "book me in", "booked", a referral): imaging.
    ("膝盖疼，医生开了单子，想预约做核磁共振", {"IMG"}, False),
    ("想約個時間照MRI，醫生轉介信喺度", {"IMG"}, False),
    ("醫生叫我預約磁力共振，要去邊度", {"IMG"}, False),
    ("can you book me in for the ultrasound my doctor asked for", {"IMG"}, False),
    ("I've got a referral for a shoulder x-ray, can I get it booked today", {"IMG"}, False),
    ("膝盖疼了一个月，上下楼梯更明显", {"ORTHO", "REHAB"}, False),
    # Where to register for a clinic or a clinical service named: that clinic; with none named,
    # the registration desk.
    ("想问下拔牙喺边度挂号", {"DENT"}, False),
    ("皮肤科在哪挂号", {"DERM"}, False),
    ("請問看眼科要在哪裡掛號", {"OPH"}, False),
    ("where do I register for the dermatology clinic", {"DERM"}, False),
    ("产检在哪里挂号", {"OB"}, False),
    ("第一次来，怎么挂号", {"CS"}, False),
    # A sip or a splash of soap, detergent or toothpaste swallowed and asked about: general
    # practice.
    ("不小心喝了一口洗发水，要紧吗", {"GP", "PED"}, False),
    ("刷牙的时候把牙膏咽下去一点，没事吧", {"GP", "PED"}, False),
    ("啱啱飲咗一啖肥皂水，使唔使睇醫生", {"GP", "PED"}, False),
    ("不小心吞了一點洗碗精，現在沒什麼感覺", {"GP", "PED"}, False),
    ("要是不小心喝了一口洗衣液会怎么样", {"GP", "PED"}, False),
    ("if I swallowed a bit of shampoo is it dangerous", {"GP", "PED"}, False),
    # Ate mushrooms, leftovers or food that may have gone off, and asks to be checked (someone
    # else's poisoning in hospital is their story): the digestive clinic.
    ("前天吃了野生菌，今天想检查一下", {"GI", "GP"}, False),
    ("同事食咗毒蘑菇入院，我都食咗少少，要唔要驗吓", {"GI", "GP"}, False),
    ("昨晚吃了隔夜菜，要不要查一下", {"GI", "GP"}, False),
    ("我朋友吃蘑菇住院了，我也吃了同一锅，现在没什么感觉", {"GI", "GP"}, False),
    ("ate some leftovers that smelled off last night, should I get checked", {"GI", "GP"}, False),
    # A history whose care is today's reason (这次就是来开点药, 今次嚟覆診攞藥): its own desk;
    # today's other reason still takes the visit.
    ("我妈去年心梗放过支架，这次就是来开点药", {"CARD"}, False),
    ("爸爸前年中风，这回主要是来复查拿药", {"NEURO"}, False),
    ("三年前得过乳腺癌，这次就是来复查", {"ONC", "GS"}, False),
    ("五年前心脏搭桥，今次主要係嚟覆診攞藥", {"CARD", "CVS"}, False),
    ("去年心梗放过支架，今天是来看牙的", {"DENT"}, False),
    # A concept's negative forms said in Cantonese, their twins made from the Mandarin forms.
    ("老公最近硬唔起来", {"URO"}, False),
    ("阿婆成日憋唔住尿", {"URO", "GYN"}, False),
    ("呢排成日记唔住事", {"NEURO", "GERI"}, False),
    # Where blood is taken, asked, whatever test the doctor named: the laboratory (paying for it
    # stays the cashier's); which floor asks as where does; a ward named in English is a place.
    ("医生让我去抽血查甲功，抽血在几楼", {"LAB"}, False),
    ("查肝功能，验血去边度", {"LAB"}, False),
    ("where do I go for the blood test my diabetes doctor ordered", {"LAB"}, False),
    ("医生开了甲功和血糖，采血在哪", {"LAB"}, False),
    ("拍片在几楼", {"IMG"}, False),
    # Scared is no scar (an English word's "ed" and a scarf corrected into "scars").
    ("my son is scared and cannot sleep", {"PED", "PSY", "CHILD"}, False),
    ("my scarf is red and my neck itches", {"DERM"}, False),
    ("I have a scar on my face from an accident", {"PLAST", "DERM", "AEST"}, False),
    # A pipe that burst is no burn.
    ("a pipe burst and I slipped on the water, my wrist hurts", {"ORTHO"}, False),
    ("my husband is on the orthopaedic ward, can I bring him food", {"GP", "CS", "ADMIT"}, False),
    # Twentieth file.
    # An older person who keeps falling, or whose many medicines want sorting, is geriatrics'.
    ("我奶奶八十五了，老是摔跤，想看看", {"GERI"}, False),
    ("老人家食好多种药，想医生帮手精简吓", {"GERI"}, False),
    ("my dad is 82, keeps falling and wants his medicines reviewed", {"GERI"}, False),
    ("老人家吃太多種藥，想整理一下", {"GERI"}, False),
    ("爷爷每天吃七八种药，想问哪些可以停", {"GERI"}, False),
    ("my nan is 88 and wants to cut down her tablets", {"GERI"}, False),
    # A medicine given back, unopened, is the pharmacy's.
    ("上周开的药没拆封，能不能退", {"PHARM"}, False),
    ("these tablets are unopened, can I return them", {"PHARM"}, False),
    ("药可以退吗，吃了过敏", {"PHARM", "DERM", "GP", "ALLERGY"}, False),
    # A squint (斗鸡眼 is no corn, 鸡眼).
    ("宝宝有点斗鸡眼，要不要看", {"OPH", "PED"}, False),
    ("my 3 year old is cross-eyed and tilts his head", {"OPH", "PED"}, False),
    ("鸡眼很痛，脚底长的", {"DERM"}, False),
    # A big toe red, swollen and waking at night: gout.
    ("大脚趾又红又肿，晚上痛醒", {"RHEUM", "ORTHO"}, False),
    ("big toe swollen and hot, uric acid high last year", {"RHEUM", "ORTHO"}, False),
    # Sorting out an admission is asked for.
    ("how do I sort out being admitted for my knee surgery", {"ADMIT"}, False),
    # Blurred sight in one eye in someone with diabetes is the eye clinic's.
    ("I'm diabetic and my vision is blurry in one eye", {"OPH"}, False),
    ("糖尿病十年，最近右眼看东西模糊", {"OPH"}, False),
    # A temperature said before its word, in English.
    ("38.5 temperature and a cough since yesterday", {"FEVER", "GP", "RESP"}, False),
    ("a 39.2 fever and a headache", {"FEVER", "GP"}, False),
    ("退烧药吃了还是烧，38度5", {"FEVER", "GP", "PED"}, False),
    # Twenty-first to twenty-third files.
    # Where to collect a medicine already prescribed, asked: the pharmacy, whatever card or
    # payment the question also names.
    ("刚看完医生，开的药在哪里拿？", {"PHARM"}, False),
    ("處方藥去哪裡領？健保卡刷好了", {"PHARM"}, False),
    ("啲藥去邊度攞呀？張單喺度", {"PHARM"}, False),
    ("where do I pick up my prescription? I've already shown my insurance card", {"PHARM"}, False),
    ("Where can I collect the tablets the doctor prescribed?", {"PHARM"}, False),
    ("交完钱了，药去哪儿取", {"PHARM"}, False),
    # Registering told with a complaint: the complaint's clinic; registering alone, the counter.
    ("我想挂个号，肚子疼了一天", {"GI", "GP"}, False),
    ("I'd like to register, my ear has been hurting since yesterday", {"ENT", "GP"}, False),
    ("我要掛號，咳嗽一個禮拜了", {"RESP", "GP"}, False),
    ("想掛號，皮膚好痕起晒疹", {"DERM"}, False),
    ("我想挂个号", {"BILL", "CS"}, False),
    # A pregnancy's scan or check-up, booked or asked for: obstetrics.
    ("怀孕8周了，想约个B超", {"OB"}, False),
    ("有咗BB三個月，想照超声波", {"OB"}, False),
    ("I'm 10 weeks along and need to book the dating scan", {"OB"}, False),
    ("she's 16 weeks pregnant and due her check-up", {"OB"}, False),
    ("懷孕十二週，要做產檢", {"OB"}, False),
    # An eyelid that twitches, said any way: the eye clinic (no fit).
    ("我左眼皮一直跳，好几天了", {"OPH", "NEURO"}, False),
    ("眼皮成日跳，跳咗成個禮拜", {"OPH", "NEURO"}, False),
    ("my eyelid keeps twitching for days", {"OPH", "NEURO"}, False),
    ("左眼眼角跳个不停", {"OPH", "NEURO"}, False),
    # Low, sleepless or in tears since someone close died: psychiatry; a check wished for because
    # of how they died is not.
    ("since my wife passed away I can't sleep and I cry every day", {"PSY"}, False),
    ("My mum died in March and I've been really low, I need to talk to someone", {"PSY"}, False),
    ("爸爸过世以后，我成日喊，瞓唔着", {"PSY"}, False),
    ("老伴去世后心情一直很差，吃不下饭", {"PSY"}, False),
    ("I've been feeling really low lately and want to speak to someone", {"PSY"}, False),
    ("my dad died of a heart attack last year, I'd like a heart check", {"CARD"}, False),
    # Checking in for a ward, or booked in for an operation: admissions.
    ("I'm booked in for a hip operation on Monday, where do I check in?", {"ADMIT"}, False),
    ("where do I check in for the surgical ward", {"ADMIT"}, False),
    ("明天住院做手术，去病房在哪报到", {"ADMIT"}, False),
    ("入院报到在几楼", {"ADMIT"}, False),
    ("I'm booked in for surgery tomorrow, which ward do I go to", {"ADMIT"}, False),
    # A slipped disc with a numb leg or a pain running down it: the spine's desk, physiotherapy
    # had before or not; physiotherapy asked for is rehabilitation's.
    ("腰椎间盘突出，右腿发麻", {"ORTHO", "PAIN"}, False),
    ("腰突好多年，最近屁股到腿窜着疼", {"ORTHO", "PAIN"}, False),
    ("slipped disc, pain shooting down my leg and pins and needles", {"ORTHO", "PAIN"}, False),
    ("腰間盤突出，之前做過復健，現在腳又麻了", {"ORTHO", "PAIN"}, False),
    ("腰突术后，想继续做理疗", {"REHAB"}, False),
    ("腰间盘突出，想做康复训练，腿有点麻", {"REHAB"}, False),
    # Choking on food with weight lost: the throat's desk; food sticking going down with weight
    # lost stays the digestive clinic's.
    ("奶奶最近吃饭老是呛着，瘦了好几斤", {"ENT", "GERI"}, False),
    ("阿爺食嘢成日呛亲，仲瘦咗好多", {"ENT", "GERI"}, False),
    ("my mum coughs and chokes when she eats and has lost a lot of weight", {"ENT", "GERI"}, False),
    ("最近吃东西总卡在胸口咽不下去，人也瘦了", {"GI"}, False),
    # Whether one pays downstairs, on a floor or where, asked: the cashier's, whatever test the
    # doctor asked for.
    ("缴费是不是在一楼？医生让我拍片", {"BILL"}, False),
    ("俾錢喺邊？醫生叫我驗血", {"BILL"}, False),
    ("do I pay downstairs for the scan my doctor ordered?", {"BILL"}, False),
    ("交钱是在楼下吗，要做CT", {"BILL"}, False),
    # A GP or family doctor elsewhere who said or referred sent the visitor; a GP wished for is
    # general practice's.
    ("my GP said I should get my son's eczema looked at here", {"DERM", "PED"}, False),
    ("our family doctor referred us, my daughter's eyes turn in", {"OPH", "PED"}, False),
    ("家庭医生叫我来看看膝盖", {"ORTHO"}, False),
    ("I want to see a GP, I have a cold", {"GP"}, False),
    # Twenty-fourth to twenty-sixth files.
    # A sore throat that hurts to swallow: the throat's desk, a cough alongside or not; behind
    # the breastbone it is not.
    ("嗓子疼，吞口水都疼，有点咳嗽", {"ENT"}, False),
    ("my throat is sore and it hurts to swallow, bit of a cough", {"ENT"}, False),
    ("喉嚨好痛，吞嘢都痛，少少咳", {"ENT"}, False),
    ("咽口水的时候喉咙很痛", {"ENT"}, False),
    ("it's painful to swallow and my throat is red", {"ENT"}, False),
    # A lump that grows: general surgery (a breast's, a neck's, a bite's have their own desks).
    ("手臂上有个包，半年来越来越大，不疼", {"GS"}, False),
    ("大腿上摸到一个肿块，最近变大了", {"GS"}, False),
    ("a lump on my back that keeps growing", {"GS"}, False),
    ("背脊有粒嘢，越嚟越大", {"GS"}, False),
    ("腋下有个肿块越来越大", {"GS"}, False),
    ("a bump on my shin that's getting bigger", {"GS"}, False),
    # A mole or a dark patch that grows, darkens, bleeds or has an uneven edge: the skin clinic,
    # not aesthetic medicine; a shadow in the sight that grows is no mole.
    ("背上的痣最近变大了，颜色也变深", {"DERM"}, False),
    ("a mole on my arm has changed shape and bleeds sometimes", {"DERM"}, False),
    ("腳底有粒痣，邊緣唔齊，仲大咗", {"DERM"}, False),
    ("胸前一块咖啡色的斑越来越大", {"DERM"}, False),
    ("my mole has got bigger and darker", {"DERM"}, False),
    ("眼前有个黑影越来越大", {"OPH"}, False),
    # An itch that keeps one awake: the skin's, not a sleep problem (a throat's tickle is not).
    ("全身痒得睡不着，抓出一道道红印", {"DERM"}, False),
    ("so itchy at night I can't sleep, little red bumps on my arms", {"DERM"}, False),
    ("身上痕到成晚瞓唔着", {"DERM"}, False),
    ("晚上痒到睡不好，身上起了好多红疹", {"DERM"}, False),
    ("itchy skin keeping me awake every night", {"DERM"}, False),
    ("喉咙痒，咳得睡不着", {"ENT", "RESP"}, False),
    # Insurance paperwork, a form or a claim: the insurance office.
    ("我要填保险公司的理赔表格，找谁", {"INSUR"}, False),
    ("who can help me fill in my insurance claim form", {"INSUR"}, False),
    ("商业保险的理赔材料要在哪里盖章", {"INSUR"}, False),
    ("我需要保险公司的表格，谁能帮我填", {"INSUR"}, False),
    ("保險理賠要的文件在哪裡辦", {"INSUR"}, False),
    # Where the pharmacy or its window is, asked after paying: the pharmacy; where to pay before
    # collecting stays the cashier's.
    ("请问发药的窗口在哪里，我刚交完费", {"PHARM"}, False),
    ("where is the pharmacy window, I already paid", {"PHARM"}, False),
    ("药房喺边度？啱啱俾咗钱", {"PHARM"}, False),
    ("where's the pharmacy, I've paid for my tablets", {"PHARM"}, False),
    ("领药窗口在哪儿", {"PHARM"}, False),
    ("拿药之前要先去哪里缴费", {"BILL"}, False),
    # A health check's report or results (健检 too): preventive care; what a report found goes to
    # its clinic, a blood test's report to the laboratory.
    ("去年的体检报告在哪里拿", {"PREV"}, False),
    ("我的健檢報告出來了嗎", {"PREV"}, False),
    ("where do I collect my health check results", {"PREV"}, False),
    ("公司体检的报告出来了吗，去哪拿", {"PREV"}, False),
    ("I'd like to pick up my checkup results", {"PREV"}, False),
    ("体检报告说我转氨酶高", {"GI"}, False),
    ("来取验血报告", {"LAB"}, False),
    # Pus by a nail or in a finger: the surgeon's, however swollen the finger (a finger caught
    # in a door stays the bones').
    ("脚趾甲边上红肿流脓", {"GS", "DERM"}, False),
    ("食指旁边化脓了，一跳一跳地痛", {"GS", "DERM"}, False),
    ("手指头红肿有脓", {"GS", "DERM"}, False),
    ("pus along the edge of my fingernail, it throbs", {"GS", "DERM"}, False),
    ("pus building up next to my thumb nail, really sore", {"GS", "DERM"}, False),
    ("手指被门夹了，肿得厉害", {"ORTHO"}, False),
    # Bleeding or spotting after sex or between periods: gynaecology.
    ("性生活后出血好几次了", {"GYN"}, False),
    ("bleeding after sex twice this month", {"GYN"}, False),
    ("I get spotting between my periods", {"GYN"}, False),
    ("每次行房後都有少少血", {"GYN"}, False),
    # A sexual health or STI check: the skin and sexual health clinic, not a general check-up.
    ("想做个性病检查", {"DERM", "URO"}, False),
    ("I'd like an STI test", {"DERM", "URO"}, False),
    ("can I get checked for STDs here", {"DERM", "URO"}, False),
    ("想驗下有冇性病", {"DERM", "URO"}, False),
    ("我想查一下有没有性病", {"DERM", "URO"}, False),
    # A test wanted after casual or unprotected sex: the same clinic; the morning-after pill or a
    # pregnancy test asked for is gynaecology's or obstetrics'.
    ("worried I caught something from a one night stand, want to get tested", {"DERM"}, False),
    ("上周有过一次一夜情，想检查一下", {"DERM"}, False),
    ("没戴套，担心有病，想验一验", {"DERM"}, False),
    ("I had unprotected sex with someone new and want an STI check", {"DERM"}, False),
    ("想做個性病篩檢", {"DERM"}, False),
    ("had unprotected sex last night, need the morning after pill", {"GYN"}, False),
    ("无套之后月经推迟了，想验孕", {"GYN", "OB"}, False),
    ("公司安排的健康体检", {"PREV"}, False),
    # Periods that are irregular or come only every few months, with acne or not: gynaecology.
    ("月经不规律，三四个月才来一次", {"GYN"}, False),
    ("my periods are irregular and I have lots of spots", {"GYN", "ENDO"}, False),
    ("例假两三个月才来一次，脸上长很多痘", {"GYN", "ENDO"}, False),
    ("M成日唔準，兩三個月先嚟一次", {"GYN", "ENDO"}, False),
    ("periods come only every few months", {"GYN"}, False),
    ("月經好唔準，兩三個月先嚟一次，塊面好多暗瘡", {"GYN", "ENDO"}, False),
    # More wordings: a lump under the arm or on a calf that grows, a mole that darkens, itches or
    # bleeds, a health check's report in Taiwan's and Hong Kong's words, sex then bleeding.
    ("there's a lump under my arm that's been growing for months", {"GS"}, False),
    ("小腿上一個腫塊半年變大不少", {"GS", "DERM"}, False),
    ("背上長了一顆硬硬的東西，最近越來越大", {"GS"}, False),
    ("I've got a mole that's itchy and bleeding", {"DERM"}, False),
    ("臉上有一顆痣，最近變大又會流血", {"DERM"}, False),
    ("痣越來越黑，還會癢", {"DERM"}, False),
    ("請問健檢報告要去哪裡領", {"PREV"}, False),
    ("體檢的報告幾時有得攞", {"PREV"}, False),
    ("I came to get my annual physical results", {"PREV"}, False),
    ("房事後有出血", {"GYN"}, False),
    ("喉嚨好痛，連吞口水都痛，冇咳", {"ENT"}, False),
    ("晚上痒得睡不着，身上起了好多小红疙瘩", {"DERM"}, False),
    ("需要有人幫我填保險的表格", {"INSUR"}, False),
    ("領藥的地方在哪裡", {"PHARM"}, False),
    ("肚皮上有个软软的包，越长越大", {"GS"}, False),
    ("my son's birthmark has started to grow and change colour", {"DERM"}, False),
    ("how do I get my health screening results", {"PREV"}, False),
    ("驗身報告去邊度攞", {"PREV"}, False),
    ("想檢查一下有沒有性病", {"DERM"}, False),
    ("喉咙痛得吞不下东西", {"ENT"}, False),
    ("痒到整晚睡不着，皮肤起了好多风团", {"DERM"}, False),
    # Thirtieth to thirty-second files. Trips to the toilet again and again, and getting up at
    # night to pass water: urology, not patient services (a visitor asking for the toilet stays
    # theirs).
    ("晚上起夜三四次，尿也尿不干净", {"URO"}, False),
    ("白天老往厕所跑，尿完还想尿", {"URO"}, False),
    ("I'm up four times a night to pee and the stream is weak", {"URO"}, False),
    ("請問廁所在哪裡", {"CS"}, False),
    # A very old person to be looked at as a whole: geriatrics (one's own check-up package stays
    # the health check's).
    ("我爷爷九十了，最近老摔，想给他全面看看", {"GERI"}, False),
    ("奶奶八十多了，吃得少，人也瘦了，想整体看看", {"GERI"}, False),
    ("my grandma is in her 90s and we would like her looked at as a whole", {"GERI"}, False),
    ("想给自己全面看看，体检套餐有哪些", {"PREV"}, False),
    # Acupuncture, tuina or cupping asked for by name: the TCM clinic, whatever the ache.
    ("我腰不好，想做针灸，有没有", {"TCM"}, False),
    ("Do you offer acupuncture here? My shoulder has been sore for months", {"TCM"}, False),
    ("有冇针灸？膊头痛咗好耐", {"TCM"}, False),
    ("脖子僵硬好几年了，低头就响", {"ORTHO"}, False),
    # Calf pain on walking that eases with rest: the leg arteries' (a runner's sore calves, a
    # knee, a back with it stay the bones').
    ("走几百米小腿就疼，停下来就好，有糖尿病", {"CVS"}, False),
    (
        "I get cramping in my calves when I walk a few blocks, it goes away when I stop",
        {"CVS"},
        False,
    ),
    ("行一阵脚瓜就痛，唞下就好", {"CVS"}, False),
    ("跑步后小腿酸疼，休息一下就好", {"ORTHO"}, False),
    ("走路多了膝盖疼，歇一会就好", {"ORTHO"}, False),
    # Washing hands or checking locks over and over: psychiatry.
    ("一天洗手洗到脱皮，控制不住", {"PSY"}, False),
    (
        "I keep checking the stove and the door lock again and again, I know it makes no sense",
        {"PSY"},
        False,
    ),
    ("出門前要反覆確認煤氣關了沒有，檢查好幾遍", {"PSY"}, False),
    # A second probe of the desks in words of our own, Hong Kong's and Taiwan's too.
    ("外公八十八了，記性差、走路不穩，想整體評估一下", {"GERI"}, False),
    ("阿嫲九十幾歲，最近食得少又成日跌，想帶佢全面睇下", {"GERI"}, False),
    ("外公八十八了，想做个体检", {"PREV"}, False),
    ("can I book acupuncture for my back pain", {"TCM"}, False),
    ("有沒有推拿？肩膀很緊", {"TCM"}, False),
    ("行路行多幾步小腿就痛，企定一陣就好返", {"CVS"}, False),
    ("走一段路腿就痛得要停下来，歇歇又能走", {"CVS"}, False),
    ("走路腿疼得要停下来，腰也疼了好几年", {"ORTHO"}, False),
    ("夜尿多，一晚起身三四次屙尿", {"URO"}, False),
    ("成日要返轉頭睇門鎖好未，明知鎖咗", {"PSY"}, False),
    ("每次出门都要回去看煤气关了没，来回好几趟", {"PSY"}, False),
    ("I wash my hands dozens of times a day and can't stop", {"PSY"}, False),
    # A burn told with a blister or peeling skin is the burns clinic's, not the skin clinic's
    # (sunburn and hands peeling from washing up stay the skin's).
    (
        "the radiator burned my baby's hand, there's a big blister and the skin is peeling",
        {"BURN"},
        False,
    ),
    ("煲汤时被蒸汽烫到手，红了，有点脱皮", {"BURN"}, False),
    ("sunburned shoulders, peeling skin", {"DERM"}, False),
    ("my skin is peeling on my hands after washing up a lot", {"DERM"}, False),
    # Twenty-seventh to twenty-ninth files. A late period with a pregnancy test that says no is
    # gynaecology's (a test that says yes stays obstetrics').
    ("例假迟了十天，验孕棒一条杠", {"GYN"}, False),
    ("大姨妈推迟一周多，测了两次都没怀孕", {"GYN"}, False),
    ("m迟咗成个礼拜，验咗冇bb", {"GYN"}, False),
    ("my period is two weeks late but the test is negative", {"GYN"}, False),
    ("月經晚了快十天，驗孕是陰性", {"GYN"}, False),
    ("月经推迟十天，验孕两条杠", {"OB"}, False),
    # Legs or ankles swollen with breathlessness on walking, on stairs or lying flat: the heart's
    # (a sprained ankle stays the bones').
    ("我妈七十多岁，双脚浮肿，爬楼梯就喘", {"CARD"}, False),
    ("阿爷对脚肿咗成个月，行两步就气促", {"CARD"}, False),
    ("my grandad's ankles are swollen and he gets out of breath on the stairs", {"CARD"}, False),
    ("外婆腿肿，晚上躺平就喘，要垫高枕头", {"CARD"}, False),
    ("扭伤脚踝，肿了，走路疼", {"ORTHO"}, False),
    # A sore throat with a little cough alongside: the throat's (a cough with much phlegm for
    # weeks stays the chest's).
    ("喉咙痛了三天，有点咳嗽，不发烧", {"ENT"}, False),
    ("喉嚨好痛，有啲咳，想睇醫生", {"ENT"}, False),
    ("sore throat since Monday and a bit of a cough", {"ENT"}, False),
    ("咳嗽两周，痰很多，喉咙也有点痛", {"RESP"}, False),
    # An older person's many medicines mixed up or forgotten: geriatrics.
    ("我外公八十岁，药一大堆，老是搞混哪个早上吃", {"GERI"}, False),
    ("阿嫲食好多種藥，成日記唔住食咗未，想醫生幫手睇下", {"GERI"}, False),
    ("my nan is 85 and mixes up her tablets, can someone review them", {"GERI"}, False),
    # How to use an insurance card, or one that does not work: the insurance office.
    ("健保卡怎麼用，第一次來", {"INSUR"}, False),
    ("医保卡刷不了，怎么办", {"INSUR"}, False),
    ("my insurance card is not working at the counter", {"INSUR"}, False),
    # A butterfly rash on the face (lupus): rheumatology (蝴蝶斑, melasma, stays aesthetic).
    ("脸上有蝶形红斑，手指关节痛", {"RHEUM"}, False),
    ("she has a butterfly rash across her cheeks and her wrists hurt", {"RHEUM"}, False),
    ("脸上长了蝴蝶斑，想去掉", {"AEST", "DERM"}, False),
    # A tattoo to be removed: aesthetic medicine (an infected one is not).
    ("想把手臂上的纹身洗掉，你们有激光吗", {"AEST"}, False),
    ("can I get a tattoo removed here", {"AEST"}, False),
    ("手臂上的刺青想去掉", {"AEST"}, False),
    ("my new tattoo is red, swollen and oozing pus", {"GP", "DERM", "GS"}, False),
    # A third probe of our own: the same families in further words.
    ("my periods are late and two tests came back negative", {"GYN"}, False),
    ("奶奶脚肿得按下去一个坑，走几步就喘", {"CARD"}, False),
    ("我喉咙痛，有一点点咳", {"ENT"}, False),
    (
        "my mum is 80 and takes 12 different tablets and gets confused which to take",
        {"GERI"},
        False,
    ),
    ("阿爷啲药成十几种，成日唔记得食边隻", {"GERI"}, False),
    ("How do I use my insurance card here?", {"INSUR"}, False),
    ("脸上的红斑像蝴蝶一样，关节也痛", {"RHEUM"}, False),
    ("I want to get my old tattoo lasered off", {"AEST"}, False),
    ("臉頰上有蝴蝶形狀的紅疹，手指關節也會痛", {"RHEUM"}, False),
    ("想去除手臂的刺青", {"AEST"}, False),
    ("我阿嬤吃很多種藥，常常搞不清楚哪一顆什麼時候吃", {"GERI"}, False),
    # Thirty-third to thirty-fifth files.
    # Heartburn said as a fire in the heart (火烧心) is the stomach's, no burn.
    ("一躺下就火烧心，嘴里发酸", {"GI"}, False),
    ("食完饭成日火烧心，打嗝", {"GI"}, False),
    # An old scar, raised, itchy or to be removed: plastic surgery, whatever made it (a fresh
    # burn that may scar stays the burn's).
    ("剖腹产的疤痕越长越大，又红又痒", {"PLAST", "DERM"}, False),
    (
        "the old burn scar on my arm is raised and itchy, can it be removed",
        {"PLAST", "DERM"},
        False,
    ),
    ("刚烫伤了手，起了水泡，会不会留疤", {"BURN"}, False),
    # Calf pain on walking that is gone again after a rest (又好了, 又好返).
    ("走远一点小腿就酸痛，休息一下又好了", {"CVS"}, False),
    ("行耐咗脚瓜就痛，坐低一阵又好返", {"CVS"}, False),
    ("when I walk my calves hurt, after a rest I'm fine again", {"CVS"}, False),
    # Swollen finger joints with a stiff morning: rheumatology (a jammed finger is not).
    ("两只手手指关节肿，早上起床僵好久", {"RHEUM"}, False),
    ("my knuckles are swollen and stiff every morning", {"RHEUM"}, False),
    ("打篮球扭到手指，关节肿了", {"ORTHO"}, False),
    # Cantonese passing water (屙尿) often (频密) or not emptying (屙唔清): urology.
    ("屙尿好密，屙完又想屙", {"URO"}, False),
    ("小便好频密，又屙唔清", {"URO"}, False),
    # Paying for a test, a scan or an X-ray: the cashier's (paid already: the test's desk).
    ("拍片的钱在哪里交", {"BILL"}, False),
    ("where do I pay for my x-ray", {"BILL"}, False),
    ("验血要先交钱吗", {"BILL"}, False),
    ("已经交了化验费，在哪抽血", {"LAB"}, False),
    # A check after a concussion, fine now: neurology.
    ("上个月轻微脑震荡，现在没事了，医生叫我回来复查", {"NEURO"}, False),
    # An older person slowly more confused or off their food: geriatrics.
    ("奶奶这几个月越来越糊涂，吃得也少", {"GERI", "NEURO"}, False),
    ("my dad is 91 and has got more confused over the past few weeks", {"GERI", "NEURO"}, False),
    # A sick note with a minor illness: general practice (a copy of records stays the desk's).
    ("感冒了，公司要病假条", {"GP"}, False),
    ("tummy bug since yesterday, need a sick note for work", {"GP"}, False),
    ("想复印一份病历和诊断证明", {"RECORDS"}, False),
    # Sneezing or itchy eyes every spring: hay fever, a child's at the children's.
    ("每年春天眼睛痒、打喷嚏", {"ALLERGY", "ENT", "OPH"}, False),
    ("我儿子八岁，每到春天就打喷嚏眼睛痒", {"PED", "ALLERGY"}, False),
    # Acupuncture or physiotherapy wished for (想试试, 想做下): its clinic, whatever the ache.
    ("腰酸了好久，想试试针灸", {"TCM"}, False),
    ("膝盖术后想做理疗", {"REHAB"}, False),
    ("肩膊好硬，想做下物理治疗", {"REHAB"}, False),
    ("做了理疗也没用，膝盖还是痛", {"ORTHO"}, False),
    # Thirty-sixth to thirty-eighth files.
    # A low mood said with words between (心情很差) or no interest in anything: mental health.
    ("这阵子心情很差，什么都不想做", {"PSY"}, False),
    ("my mood has been really low and I can't enjoy anything", {"PSY"}, False),
    ("呢排心情好差，乜都唔想做", {"PSY"}, False),
    # Sight blurred or misty for a while: the eye clinic (a sudden loss with a weak hand is not).
    ("看东西像隔了一层纱，好几个月了", {"OPH"}, False),
    ("睇嘢朦朦哋成半年", {"OPH"}, False),
    ("my vision has been misty for months", {"OPH"}, False),
    ("突然一只眼看不清，半边手没力", {"ER"}, True),
    # A child's groin bulge (a hernia): paediatric surgery.
    ("宝宝一哭大腿根就鼓出来一个包", {"PEDSURG"}, False),
    ("my son has a bulge in his groin when he strains", {"PEDSURG"}, False),
    # Swollen finger joints stiff in the morning, in Cantonese: rheumatology.
    ("隻手指關節腫，朝早起身僵咗好耐", {"RHEUM"}, False),
    # Diarrhoea and constipation by turns, worse under stress: the digestive clinic.
    ("一紧张就拉肚子，有时又便秘", {"GI"}, False),
    ("my bowels go between diarrhoea and constipation, worse when stressed", {"GI"}, False),
    # A chest X-ray's finding asked about: the chest clinic (a check-up's finding is no check-up).
    ("体检胸片说肺上有个阴影，要紧吗", {"RESP", "THOR"}, False),
    ("the chest x-ray at my work check showed a shadow on my lung", {"RESP", "THOR"}, False),
    # A check-up package wished for, whoever pays: preventive care (a report's finding is not).
    ("公司给买了体检套餐，想约个时间", {"PREV"}, False),
    ("I'd like a full health check up, my employer pays", {"PREV"}, False),
    ("体检报告说血糖高", {"ENDO"}, False),
    # The HPV vaccine asked for: preventive care or gynaecology, not the skin's warts.
    ("想打九价疫苗", {"PREV", "GYN"}, False),
    ("can I get the cervical cancer vaccine here", {"PREV", "GYN"}, False),
    # A probe of our own in further words: eyes dry or tired (眼好攰, 又干又涩); a beat skipped
    # (漏咗一拍); a period that does not stop (M未停, 没干净); a child said as 个仔 or 个女 with an
    # age; a report to collect with no scan named; checking in for an operation; slimming
    # injections for the face.
    ("眼好攰，睇電腦耐咗好乾", {"OPH"}, False),
    ("眼睛又干又涩，看手机久了更严重", {"OPH"}, False),
    ("心口有時會漏咗一拍咁", {"CARD"}, False),
    ("my heart skips a beat now and then", {"CARD"}, False),
    ("M嚟咗兩個禮拜都未停", {"GYN"}, False),
    ("月经来了半个月还没干净", {"GYN"}, False),
    ("個仔三歲，肚屙咗兩日", {"PED"}, False),
    ("个女五岁，咳咗几日", {"PED"}, False),
    ("取报告在哪里", {"LAB"}, False),
    ("where do I collect my results", {"LAB"}, False),
    ("how do I check in for my surgery tomorrow", {"ADMIT"}, False),
    ("想打瘦面针", {"AEST"}, False),
    # Gout said by name with a flare (痛风又发作): rheumatology, whatever joint swells.
    ("痛风又发作了，脚趾红肿", {"RHEUM"}, False),
    ("my gout is playing up again, my ankle is swollen", {"RHEUM"}, False),
    # Veins bulging on the legs: the vein surgeons.
    ("my legs have big bulging veins", {"CVS", "GS"}, False),
    ("腿上的青筋凸出来，站久了胀", {"CVS", "GS"}, False),
    # An insect bite, swollen or itchy: the skin clinic (a sting with breathing trouble is not).
    ("被蚊子叮了，肿了一大块", {"DERM", "ALLERGY"}, False),
    ("bitten by something in the garden, the bite is red and itchy", {"DERM", "ALLERGY"}, False),
    # Seeing the dentist said as 睇牙 or 看牙, after a history told; an admission certificate for an
    # employer is a certificate (住院证明, a segmenter word: 住院证 no longer fires inside it).
    ("舊年做過心臟支架，今次係想睇牙", {"DENT"}, False),
    ("想看牙，有颗牙松了", {"DENT"}, False),
    ("想开个住院证明给单位", {"RECORDS"}, False),
    ("手指关节肿，早上起来硬了一个钟", {"RHEUM"}, False),
    # A worry asked about a diagnosis (是不是胃癌, "could it be cancer") is no diagnosis: the
    # symptom's desk (a cancer diagnosed stays the cancer team's).
    ("胃痛是不是胃癌", {"GI"}, False),
    ("担心自己得了胃癌，最近胃不舒服", {"GI"}, False),
    ("I've had a cough for a month, could it be cancer", {"RESP"}, False),
    ("我确诊胃癌，想问化疗", {"ONC"}, False),
    # A pregnancy found by a test in Cantonese (验到有咗): antenatal care.
    ("验到有咗，想睇醫生", {"OB"}, False),
    ("验出有咗两个月，想做产检", {"OB"}, False),
    # English lay words: the waterworks, up at night to pass water; getting it up; sugars all
    # over the place.
    ("my waterworks aren't right, I'm up three times a night", {"URO"}, False),
    ("I'm getting up at night to wee two or three times", {"URO"}, False),
    ("I'm having trouble getting it up", {"URO"}, False),
    ("my sugars have been all over the place", {"ENDO"}, False),
    # Taiwan's names of departments and of the co-payment.
    ("新陳代謝科在哪裡", {"ENDO"}, False),
    ("想掛新陳代謝科，血糖偏高", {"ENDO"}, False),
    ("胸腔外科", {"THOR"}, False),
    ("核子醫學科在幾樓", {"IMG"}, False),
    ("部分負擔要付多少", {"BILL"}, False),
    # An older person slowly slower, weaker or thinner: geriatrics (a sudden weakness is not).
    ("老人家走路越来越慢，腿没劲", {"GERI", "NEURO"}, False),
    ("my grandad is 84 and has got weaker and slower over the last few months", {"GERI"}, False),
    # An older person confused or forgetful for a while, the time in a clause of its own.
    ("老人家有点糊涂，认错人，好几年了", {"GERI", "NEURO"}, False),
    ("my dad is 82 and has been forgetful for a couple of years", {"GERI", "NEURO"}, False),
    # A fish bone stuck, said as 卡了根刺, with a voice: the throat clinic.
    ("吃鱼的时候卡了根刺，还能说话", {"ENT"}, False),
    # Burnt out or feeling blue: mental health; poison ivy: the skin.
    ("I'm burnt out at work", {"PSY"}, False),
    ("I've been feeling blue since Christmas", {"PSY"}, False),
    ("I got poison ivy on my legs hiking", {"DERM", "ALLERGY"}, False),
    # Soap in the eye (the eye clinic) and a bitten tongue (the mouth's).
    ("洗澡時沐浴露入咗眼，有啲刺", {"OPH"}, False),
    ("頭先食飯咬到脷，流咗啲血", {"DENT"}, False),
    # Heart-weary (心塞, 心累): mental health.
    ("最近心塞，工作不顺利", {"PSY"}, False),
    ("这两天心累，不想上班", {"PSY"}, False),
    # Pain on swallowing with a sore throat is the throat's.
    ("I've had a sore throat and it hurts to swallow, no trouble breathing", {"ENT"}, False),
]


@pytest.mark.parametrize(
    ("form", "twins"),
    [
        ("止不住", ("止唔住",)),
        ("感觉不到宝宝动", ("感觉唔到宝宝动", "感觉唔到宝宝郁")),
        ("吃不下饭", ("食唔落饭",)),
        ("自己控制不了", ("自己控制唔到",)),
        ("没反应", ("冇反应",)),
        ("说不出话", ("说唔出话", "讲唔出话")),
        # Not negative, or an idiom: none.
        ("吐了", ()),
        ("动不动就哭", ()),
        ("不舒服", ()),
    ],
)
def test_a_negative_form_has_its_cantonese_twins(form: str, twins: tuple[str, ...]) -> None:
    from triage.routing.concepts import Concept, cantonese_twins

    got = cantonese_twins(form)
    assert set(twins) <= set(got) and (bool(got) is bool(twins))
    concept = Concept("example", "symptom", (form, "止唔住"))
    assert concept.forms[:2] == (form, "止唔住")
    assert len(set(concept.forms)) == len(concept.forms)


def test_what_the_files_taught(engine: Engine) -> None:
    # One test walks the whole table (a test per wording cost pytest more than the routing) and
    # fails with every wording that fails and the suggestion it got.
    assert TAUGHT
    misses = []
    for text, departments, emergency in TAUGHT:
        top = engine.suggest(text)[0]
        urgent = top.department == "ER" and top.urgency in ("I", "II")
        if top.department not in departments or urgent is not emergency:
            misses.append((text, top))
    assert not misses, "\n".join(map(repr, misses))


@pytest.mark.parametrize("text", ["我的手指头好痛", "骨头痛", "膝头好痛"])
def test_a_word_ending_in_tou_is_no_head(engine: Engine, text: str) -> None:
    from triage.routing import segment
    from triage.routing.text import normalise

    normalised = normalise(text)
    start = normalised.index("头")
    known = [
        (normalised.index(w), normalised.index(w) + len(w))
        for w in ("手指头", "骨头", "膝头")
        if w in normalised
    ]
    assert segment.Words(normalised, known).splits_a_word(start, start + 1, opens=True)
    assert engine.suggest(text)[0].department != "NEURO"


@pytest.mark.parametrize(
    ("question", "statement", "word"),
    [
        ("is chest pain always a heart attack", "my chest pain is crushing and spreading", "chest"),
        (
            "what would happen if someone took too many sleeping pills",
            "she took too many sleeping pills, is it serious",
            "took",
        ),
    ],
)
def test_a_general_or_what_if_question_is_hypothetical(question, statement, word) -> None:
    for text, hypothetical in ((question, True), (statement, False)):
        text = normalise(text)
        start = text.index(word)
        assert context.Story(text).mention(start, start + len(word)).hypothetical is hypothetical


def test_a_red_flag_of_an_earlier_day_over_by_now_is_history() -> None:
    text = normalise("他说他昨天胸口疼得厉害，现在没事了")
    start = text.index("胸口")
    assert context.Story(text).mention(start, start + 3).past
    # Of today, it is not.
    text = normalise("今天早上胸口疼得厉害，现在没事了")
    start = text.index("胸口")
    assert not context.Story(text).mention(start, start + 3).past


def test_every_shipped_chinese_word_keeps_its_characters_through_normalisation() -> None:
    # A character the normaliser drops ("𠝹") would leave a lone common one ("手") to match.
    words = [
        part
        for spec in default_specs()
        for phrase in (*spec.phrases, *spec.requires, *spec.unless)
        if not phrase.startswith("re:")
        for part in phrase.split("*")
        if not part.startswith("@")
    ]
    words += [form for concept in default_concepts().values() for form in concept.forms]
    assert words
    assert [word for word in words if not word.isascii() and len(normalise(word)) < len(word)] == []


@pytest.mark.parametrize("text", ["想查查有没有糖尿病", "想验下有冇糖尿病", "有无糖尿病"])
def test_asked_whether_is_no_negation(text) -> None:
    normalised = normalise(text)
    start = normalised.index("糖尿病")
    assert not context.negated(normalised, start)
    # Denied, it is negated.
    denied = normalise("没有糖尿病")
    assert context.negated(denied, denied.index("糖尿病"))


def test_a_single_character_inside_a_denied_word_is_denied() -> None:
    from triage.routing import context
    from triage.routing.text import normalise

    text = normalise("大便有点黑，但是没有头晕")
    start = text.index("晕")
    assert context.Story(text).negated(start, start + 1)
    # Said, it is not.
    text = normalise("大便有点黑，而且头晕")
    start = text.index("晕")
    assert not context.Story(text).negated(start, start + 1)


@pytest.mark.parametrize(
    ("text", "word", "past"),
    [
        ("my gran had a stroke in 2017, now she is fine", "stroke", True),
        ("in 2015 he had a heart attack", "heart attack", True),
        ("she had a heart attack in 2020 and today she wants a flu jab", "heart attack", True),
        # Born in a year is no time of the illness.
        ("my son born in 2019 is having a seizure", "seizure", False),
    ],
)
def test_a_calendar_year_in_english_is_history(text: str, word: str, past: bool) -> None:
    text = normalise(text)
    start = text.index(word)
    assert context.Story(text).mention(start, start + len(word)).past is past


def test_a_long_story_that_turns_to_today_is_told_now() -> None:
    text = normalise("胃不好好多年了，今天早上吵完架，发现她吞了一整瓶药")
    start = text.index("一整瓶")
    assert not context.Story(text).mention(start, start + 3).not_now
    # Without today, the years are the story's.
    text = normalise("胃不好好多年了，吞了一整瓶药")
    start = text.index("一整瓶")
    assert context.Story(text).mention(start, start + 3).habit


@pytest.mark.parametrize(
    "text",
    [
        "来例假的时候肚子疼得打滚",
        "嚟M嘅时候肚痛到碌地",
        "when I'm on my period the pain is unbearable",
    ],
)
def test_a_pain_told_with_the_period_is_a_habit(text: str) -> None:
    normalised = normalise(text)
    word = next(w for w in ("疼", "痛", "pain") if w in normalised)
    start = normalised.index(word)
    assert context.Story(normalised).mention(start, start + len(word)).habit


@pytest.mark.parametrize(
    ("text", "word", "denied"),
    [
        ("不是胸痛，是胃胀", "胸痛", True),
        ("并不是头痛", "头痛", True),
        ("唔系肚痛，系胀", "肚痛", True),
        ("冇谂过要伤害自己", "伤害自己", True),
        ("我从来没想过要自杀", "自杀", True),
        # "是不是" asks; "不是一般的" says more, not less.
        ("是不是胸痛", "胸痛", False),
        ("不是一般的胸痛", "胸痛", False),
    ],
)
def test_not_is_and_never_thought_of_deny(text: str, word: str, denied: bool) -> None:
    text = normalise(text)
    start = text.index(word)
    assert context.Story(text).negated(start, start + len(word)) is denied


@pytest.mark.parametrize(
    ("text", "first", "last", "denied"),
    [
        ("肚子也不疼，就是胀", "肚子", "疼", True),
        ("身上也没有青一块紫一块", "身上", "青", True),
        ("my chest doesnt really hurt", "chest", "hurt", True),
        # The symptom itself holds its negation: a verb and its result, "cant".
        ("晚上睡不着", "睡", "着", False),
        ("叫他没反应", "叫", "反应", False),
        ("i cant move my arm", "cant", "arm", False),
        ("肚子一阵一阵地疼", "肚子", "疼", False),
    ],
)
def test_a_denial_inside_a_gap_denies_what_follows(
    text: str, first: str, last: str, denied: bool
) -> None:
    text = normalise(text)
    gap_start = text.index(first) + len(first)
    assert context.gap_denies(text, gap_start, text.rindex(last)) is denied


def test_a_denial_inside_a_gap_cancels_a_department_not_a_red_flag(engine: Engine) -> None:
    # "面色苍白、易淤青" (a department rule) is not said; an unresponsive man still is.
    said = [r.matched for s in engine.suggest("孩子流鼻血，身上也没有青一块") for r in s.reasons]
    assert not [words for words in said if any("青" in word for word in words)]
    assert engine.suggest("叫他没反应")[0].department == "ER"


@pytest.mark.parametrize(
    ("text", "word", "past"),
    [
        (
            "mum had a heart attack in 2019 but she is here today about her eyes",
            "heart attack",
            True,
        ),
        ("dad had a stroke years ago but what brings him in today is his cough", "stroke", True),
        # "but" without today turns nothing.
        ("she had a heart attack in 2019 but she is fine", "heart attack", True),
    ],
)
def test_but_with_today_turns_the_story_to_now(text: str, word: str, past: bool) -> None:
    text = normalise(text)
    start = text.index(word)
    assert context.Story(text).mention(start, start + len(word)).past is past


def test_a_time_of_today_said_as_since_is_now() -> None:
    text = normalise("he had a chest infection last week. since this morning he is muddled")
    start = text.index("muddled")
    mention = context.Story(text).mention(start, start + len("muddled"))
    assert mention.now and not mention.past


def test_readings_said_fine_in_a_list_are_each_denied() -> None:
    text = normalise("血压血糖都正常，就是手抖")
    assert context.Story(text).negated(0, 2)
    text = normalise("血压很高，血糖正常")
    assert not context.Story(text).negated(0, 2)


def test_a_department_named_only_as_history_keeps_a_share(engine: Engine) -> None:
    ranked = engine.suggest("she had a heart attack in 2018, today her eyes are red")
    scores = {s.department: s.score for s in ranked}
    assert ranked[0].department == "OPH" and 0 < scores["CARD"] < scores["OPH"]
    # Alone, it counts in full: nothing else is named now.
    alone = engine.suggest("she had a heart attack in 2018")
    assert alone[0].department == "CARD"


@pytest.mark.parametrize(
    ("text", "word", "before"),
    [
        ("去年心梗放过支架，今天是来看牙的", "心梗", True),
        ("去年心梗放过支架，今天是来看牙的", "牙", False),
        ("had breast cancer years ago, today its just a wart", "cancer", True),
        # Without today's reason, the story is not set apart ("以前查过有肾结石" tells today's colic).
        ("腰一侧绞痛，以前查过有肾结石", "肾结石", False),
        ("去年心梗放过支架，今天来开药", "心梗", False),
        ("以前得过胃溃疡，现在主要是膝盖痛", "胃溃疡", True),
        ("had a kidney stone last year, now its just a rash", "rash", False),
    ],
)
def test_a_department_told_only_before_todays_reason(text: str, word: str, before: bool) -> None:
    story = context.Story(normalise(text))
    assert (story.may_tell_before() and story.told_before(normalise(word))) is before


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("佢𠝹咗手", "佢割咗手"),
        ("𨋢喺邊", "电梯喺边"),
        # OpenCC writes 嗰 as 𠮶, beyond the plane: it stays 嗰 and a word of its clause.
        ("斷咗嗰截", "断咗嗰截"),
        ("企起身嗰陣頭暈", "企起身嗰阵头晕"),
    ],
)
def test_cantonese_characters_beyond_the_plane_are_words(text: str, normalised: str) -> None:
    # Emoji and other symbols beyond the Basic Multilingual Plane end a clause; these are words.
    assert normalise(text) == normalised
    assert normalise("好痛😭") == "好痛"


def test_every_shipped_phrase_is_found_in_its_own_words(engine: Engine) -> None:
    # A concept's new form, or a rule's new phrase, is a word the segmenter keeps whole: one that
    # straddles the parts of an older phrase ("子转" in "脖子*转不动") would hide that phrase
    # wherever it is said. Every rule's own phrase, said alone (a `*` phrase with a form of each
    # part, Chinese where there is one), is still found as a whole word with the full lexicon.
    said = []
    for pattern_id, pattern in enumerate(engine._patterns):
        if not pattern.first or not engine._primary[pattern_id]:
            continue
        text = pattern.first
        for forms in pattern.rest:
            form = next((f for f in forms if not is_latin(f[0])), forms[0])
            text += (" " if is_latin(text[-1]) or is_latin(form[0]) else "") + form
        if not text.isascii():
            said.append((pattern_id, text))

    def found_whole(rows: list, start: int, end: int) -> bool:
        return any(not row[3] and start <= row[0] and row[1] <= end for row in rows)

    # Read thirty phrases at a time, each its own clause (a phrase never spans a clause,
    # nor does the segmenter's word): a phrase not found whole there is read again alone.
    hidden = []
    for first in range(0, len(said), 30):
        chunk = said[first : first + 30]
        found, start = engine._found(CLAUSE.join(phrase for _, phrase in chunk))[0], 0
        for pattern_id, phrase in chunk:
            end = start + len(phrase)
            if not found_whole(found.get(pattern_id, []), start, end) and not found_whole(
                engine._found(phrase)[0].get(pattern_id, []), 0, end - start
            ):
                hidden.append(phrase)
            start = end + 1
    assert len(said) > 10_000
    assert hidden == []
