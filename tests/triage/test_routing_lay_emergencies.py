"""Emergencies said the lay way: every red-flag rule in the words of relatives, dialects,
learners, typos, metaphors, signs told as what the visitor sees, and numbers.

For each red-flag rule of the shipped rules (141) four to eight wordings of our own in
Simplified, Taiwan's and Hong Kong's Traditional (Cantonese) and English, and look-alikes that
must not fire. First run: 300 wordings, 26 missed (a metaphor before the chest, a face "fallen"
in Cantonese, lips gone blue and a breath that won't come in Cantonese, "can't get enough air", a
reliever that "isn't doing anything", "coughed up", a black stool said with 屎 or "like tar", 血崩,
a soap sip said with 饮咗啲, a fit with a "high temp", lost control said with 屎尿, "on the floor
all night", a pain that rolls the visitor on the floor, "don't want to be here anymore", insulin
then 乱讲话, a numb mouth after a herbal brew, a bleed "in the brain" said with 脑里面, "people
are after him" with a knife, a foul smell "down below" after a birth, "missed a session" of
dialysis, and "not making sense and his arm is floppy", where the negation of the idiom was
carried over the "and"); one look-alike fired (short of breath running for the bus). A second
run of 113 wordings, mostly Hong Kong's and learners' words, missed 29 (a crooked smile, "speaking
strange", seeing "everything double", the chest sinking in 凹下去, broken sentences 断断续续,
"OD'd", 成身抽 with the eyes 反白, "bang his head", "diabet", a heart 跳出嚟 with 眼前黑晒,
berries from the garden, a 电芯 swallowed, glass stuck in a leg, 跌咗 and 企唔返起身, a 炭炉, a
voice telling him to 斩人, a fall 由床跌落地, a blow 打咗个肚, 啫喱 in a nappy, a cough 似狗吠,
nitroglycerin then 都仲痛, an eye struck 睇嘢有两个; and six more found when a red flag's own desk
was held to level I or II: metal flown into an eye, saved-up pills "to take this weekend",
an eye's halos 一圈一圈, a baby 得五个礼拜 with a fever, an erection of 几个钟). All taught by
concept and context but four, left as they are: a doctor's diagnosis of a brain bleed told
("医生说是…"), "taken all of her tablets, the box is empty" (taking all one's tablets is as
often a dose kept to), "痛到十分" (十分 is as often "very"), and a punch told without the eye
with double vision in the next clause (a phrase across clauses would take a bleeding nose for an
eye's).

Vital signs said as people say them: 50 wordings; 8 emergencies missed and taught in code
(the machine's "upper and lower" numbers 上面的190，下面的120 and "the top number", a temperature
in Chinese numerals 四十一度二, a temperature in Fahrenheit, "sats in the 80s", "his pressure's
210"); a decade said for a reading ("九十几", "the high 90s") is now its middle, not its lowest. No sentence here is in a
case file.
"""

from decimal import Decimal

import pytest

from triage.routing import context
from triage.routing.defaults import default_specs
from triage.routing.engine import Engine
from triage.routing.inputs import temperature_in_text
from triage.routing.text import normalise


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


def is_emergency(engine: Engine, text: str, departments: set[str]) -> bool:
    """Return whether the top suggestion is an emergency at level I or II, at the emergency
    department or the red flag's own desk (a testicle's, an eye's, a pregnancy's)."""
    top = engine.suggest(text)[0]
    return top.urgency in ("I", "II") and (top.department == "ER" or top.department in departments)


WORDINGS = [
    ("感觉像有头大象坐在我胸口上，一身冷汗", {"ER"}),
    ("我老公话心口好似俾块大石压住，出晒冷汗", {"ER"}),
    ("胸口闷得透不过气，左边膀子也酸，人在冒虚汗", {"ER"}),
    ("心口绞着痛，痛到下巴，满头大汗", {"ER"}),
    ("胸口好似被人揸住咁痛，出冷汗", {"ER"}),
    ("my chest feel very heavy like something sitting on it, I am sweating a lot", {"ER"}),
    ("crushing pain in chest going down my left arm", {"ER"}),
    ("Dad's grey and sweaty and rubbing his chest", {"ER"}),
    ("she's grey and sweaty, says her chest feels tight", {"ER"}),
    ("胸口好翳，手臂麻，出冷汗", {"ER"}),
    ("胸口悶悶的，一直冒冷汗，左手臂麻麻的", {"ER"}),
    ("心口痛到后背，像被撕开一样", {"ER"}),
    ("背脊好似俾人撕开咁痛，突然嘅", {"ER"}),
    ("sudden ripping pain between my shoulder blades going through to my chest", {"ER"}),
    ("老豆讲嘢讲唔清，把口歪咗一边", {"ER"}),
    ("我媽突然講話大舌頭，右手拿不起碗", {"ER"}),
    ("阿妈嘅脸一边跌咗落嚟，手举唔起", {"ER"}),
    ("my mum's face has dropped on one side and her words are slurred", {"ER"}),
    ("he's not making sense and his arm is floppy on one side", {"ER"}),
    ("his speech is all jumbled and his face looks lopsided", {"ER"}),
    ("她突然口齒不清，嘴角歪一邊", {"ER"}),
    ("奶奶忽然说话含含糊糊的，半边身子动不了", {"ER"}),
    ("阿爷行路突然冇咗平衡，望嘢有两个影", {"ER"}),
    ("突然看东西都是两个，走路歪歪倒倒", {"ER"}),
    ("suddenly seeing double and can't walk straight", {"ER"}),
    ("嘴唇发紫，喘不上气", {"ER"}),
    ("我个仔嘴唇变晒蓝色，唞唔到气", {"ER"}),
    ("阿嬤嘴唇發紫，喘不過氣來", {"ER"}),
    ("his lips are going blue and he's struggling to breathe", {"ER"}),
    ("she can't finish a sentence without stopping for breath", {"ER"}),
    ("can't catch my breath even sitting still", {"ER"}),
    ("I cannot breathe good, very hard to take air", {"ER"}),
    ("透唔到气，讲嘢都讲唔晒一句", {"ER"}),
    ("喘到講話斷斷續續", {"ER"}),
    ("呼吸好急好辛苦，成个人都青晒", {"ER"}),
    ("吃鱼被鱼刺卡住，现在喘不过气", {"ER"}),
    ("粒糖卡住喉咙，个仔面都紫埋", {"ER"}),
    ("my toddler swallowed a grape and is turning blue", {"ER"}),
    ("孩子吃果冻噎住了，脸憋得发紫", {"ER"}),
    ("he's choking on a piece of meat and can't talk", {"ER"}),
    ("哮喘发作，喷了好几下都没用", {"ER"}),
    ("哮喘又發作，噴了藥都沒效，講嘢講唔到", {"ER"}),
    ("my asthma is really bad, the blue inhaler isn't doing anything", {"ER"}),
    ("asthma flare up, puffer not working, can only say few words", {"ER"}),
    ("孩子喘得厉害，肋骨中间一吸一吸往里凹", {"ER"}),
    ("突然好喘，坐着都喘", {"ER"}),
    ("woke up suddenly very breathless, cannot lie flat", {"ER"}),
    ("阿公喊唔醒，点拍都冇反应", {"ER"}),
    ("我奶奶倒在地上，叫她没反应", {"ER"}),
    ("found my dad on the floor, he won't wake up", {"ER"}),
    ("he's out cold and not responding", {"ER"}),
    ("she's unresponsive, eyes open but not there", {"ER"}),
    ("阿婆突然晕低咗，而家醒返", {"ER"}),
    ("阿爸在厕所突然昏倒了", {"ER"}),
    ("she passed out in the kitchen, came round after a minute", {"ER"}),
    ("blacked out at work and hit the floor", {"ER"}),
    ("突然晕过去了几秒钟", {"ER"}),
    ("吐了好多血，鲜红的", {"ER"}),
    ("佢嘔咗好多血，成兜都係", {"ER"}),
    ("throwing up blood, like coffee grounds", {"ER"}),
    ("vomiting bright red blood", {"ER"}),
    ("手割到了，血喷出来，按都按不住", {"ER"}),
    ("咳出一大口鲜血", {"ER"}),
    ("coughed up a mouthful of blood", {"ER"}),
    ("咳嗽咳出血塊", {"ER"}),
    ("屙出嚟啲屎好黑，人好晕", {"ER"}),
    ("大便像柏油一样黑，头晕站不稳", {"ER"}),
    ("my poo is black like tar and I feel dizzy", {"ER"}),
    ("bleeding from the back passage a lot and feel faint", {"ER"}),
    ("月經多到一個鐘換一片，頭暈眼花", {"ER"}),
    ("血崩一样，站起来眼前发黑", {"ER"}),
    ("heavy period soaking a pad every hour, I'm lightheaded", {"ER"}),
    ("我老婆吞了一整板安眠药", {"ER"}),
    ("阿妈食咗成樽降血压药", {"ER"}),
    ("他把家里的止痛药全吃了", {"ER"}),
    ("she took a whole packet of paracetamol", {"ER"}),
    ("my brother swallowed all his pills at once", {"ER"}),
    ("took about 30 tablets of her sleeping pills", {"ER"}),
    ("喝了半瓶农药", {"ER"}),
    ("阿伯飲咗啲除草水", {"ER"}),
    ("my lad drank some bleach from under the sink", {"ER"}),
    ("he drank antifreeze", {"ER"}),
    ("孩子误喝了洗洁精，一直吐", {"ER"}),
    ("细路饮咗啲洗碗液，之后呕咗两次", {"ER"}),
    ("喷了杀虫水后出好多汗，流口水，肌肉一跳一跳", {"ER"}),
    ("sprayed pesticide on the farm, now sweating, drooling and muscles twitching", {"ER"}),
    ("煤气泄漏，全家人头痛想吐", {"ER"}),
    ("家里烧炭，一家人头晕呕吐", {"ER"}),
    ("whole family has headaches and feels sick, boiler might be leaking", {"ER"}),
    ("孩子手脚一直抽，叫不应", {"ER"}),
    ("阿爺突然成身抽，口吐白泡", {"ER"}),
    ("my son is having a fit and won't stop shaking", {"ER"}),
    ("she's fitting, eyes rolled back", {"ER"}),
    ("he went stiff and started jerking all over, foam at the mouth", {"ER"}),
    ("全身抽搐停不下来", {"ER"}),
    ("个仔发烧发到抽筋", {"ER"}),
    ("孩子高烧，手脚一抽一抽的，眼睛往上翻", {"ER"}),
    ("baby has a high temp and is twitching all over", {"ER"}),
    ("拉肚子拉了一天，嘴很干，一天没尿", {"ER"}),
    ("屙咗成日，冇尿，眼凹晒", {"ER"}),
    ("been vomiting all day, can't keep water down, no wee since morning", {"ER"}),
    ("toddler has diarrhoea, no wet nappies all day, very sleepy", {"ER"}),
    ("被车撞了，腿变形，出很多血", {"ER"}),
    ("从楼梯上滚下来，头破了，人迷迷糊糊", {"ER"}),
    ("骑电动车摔了，头撞地，吐了两次", {"ER"}),
    ("fell off his motorbike, helmet cracked, very drowsy", {"ER"}),
    ("fell off my e-scooter and hit my head, now vomiting", {"ER"}),
    ("撞到头之后一直想睡，又呕", {"ER"}),
    ("个仔撞亲个头，之后呕咗两次，好眼瞓", {"ER"}),
    ("hit his head on the table, now being sick and really sleepy", {"ER"}),
    ("跌倒后两条腿发麻，动不了", {"ER"}),
    ("腰痛，屎尿都控制不住，下面麻", {"ER"}),
    ("my back is sore and I've wet myself and can't feel my bum", {"ER"}),
    ("back pain and numbness in my saddle area, can't pee", {"ER"}),
    ("眼睛被铁片弹到，看不见", {"OPH", "ER"}),
    ("眼睛被树枝戳到，流血", {"OPH", "ER"}),
    ("婆婆跌倒在地起不来了", {"ER"}),
    ("my nan fell and can't get up", {"ER"}),
    ("gran has been on the floor all night, couldn't get up", {"ER"}),
    ("开水淋到全身，皮都掉了", {"BURN", "ER"}),
    ("被火烧伤，大片起泡，脸也烧到了", {"BURN", "ER"}),
    ("hot oil all over his arm and chest, big blisters", {"BURN", "ER"}),
    ("被电打了一下，手发黑，心慌", {"ER", "BURN"}),
    ("插头触电，人晕了", {"ER", "BURN"}),
    ("got a shock from the plug socket, my hand's numb and my heart feels funny", {"ER"}),
    ("吃了花生后喉咙好紧，脸肿", {"ER"}),
    ("食完虾个喉咙好似收窄咗，透唔到气", {"ER"}),
    ("throat feels like it's closing up after eating prawns", {"ER"}),
    ("her lips and tongue are swelling up after the antibiotic", {"ER"}),
    ("打完针后全身起疹子，头晕，心慌", {"ER"}),
    ("被蜜蜂叮了，全身起风团，气紧", {"ER"}),
    ("stung by a bee and now I have hives all over and feel faint", {"ER"}),
    ("在山上被蛇咬了一口，小腿肿得很快", {"ER"}),
    ("bitten by a snake on the ankle", {"ER"}),
    ("头突然像爆炸一样痛，从来没这么痛过", {"ER"}),
    ("头痛得像被雷劈了一样，一下子就痛起来", {"ER"}),
    ("個頭突然痛到爆，人生最痛", {"ER"}),
    ("worst headache of my life, came on like a thunderclap", {"ER"}),
    ("sudden headache like being hit with a bat", {"ER"}),
    ("头痛欲裂，颈好硬，发烧", {"ER"}),
    ("发高烧，脖子硬邦邦的，怕光", {"ER"}),
    ("fever, stiff neck and the light hurts my eyes", {"ER"}),
    ("個仔發燒，條頸硬晒，好眼瞓", {"ER"}),
    ("发烧，身上出了紫色的点点，压不褪", {"ER"}),
    ("fever and a rash that doesn't go away when I press a glass on it", {"ER"}),
    ("怀孕五个月，肚子很痛还流血", {"OB", "ER"}),
    ("懷孕兩個月，下面出好多血，肚好痛", {"OB", "ER"}),
    ("pregnant 10 weeks, heavy bleeding and cramps", {"OB", "ER"}),
    ("月经推迟了两周，左下腹一阵阵剧痛", {"ER", "OB"}),
    ("period is late and I have sharp pain on one side of my tummy, feel faint", {"ER", "OB"}),
    ("怀孕三十四周，头痛得厉害，眼睛冒金星", {"OB", "ER"}),
    ("怀孕八个月，今天一天都没感觉到胎动", {"OB", "ER"}),
    ("baby hasn't moved all day, I'm 36 weeks", {"OB", "ER"}),
    ("懷孕三十週，羊水破了，見到條臍帶", {"OB", "ER"}),
    ("my waters broke and I can see the cord", {"OB", "ER"}),
    ("怀孕了，血压量出来170/115，头痛", {"OB", "ER"}),
    ("肚子痛得在床上打滚", {"ER"}),
    ("个肚痛到碌地，冇得郁", {"ER"}),
    ("tummy pain so bad I can't stand up straight, rolling around", {"ER"}),
    ("肚子硬得像木板，一碰就痛", {"ER"}),
    ("his belly is rock hard and he screams if I touch it", {"ER"}),
    ("我不想活了，药都准备好了", {"PSY"}),
    ("我想死，而家企喺天台", {"PSY", "ER"}),
    ("I want to end it all, I've got the pills here", {"PSY", "ER"}),
    ("she's cut her wrists", {"ER", "PSY"}),
    ("想跳楼，已经站在窗边了", {"PSY", "ER"}),
    ("不想活了，儲咗好多安眠藥", {"PSY", "ER"}),
    ("I don't want to be here anymore, planning to do it tonight", {"PSY", "ER"}),
    ("糖尿病人，手抖出冷汗，人迷迷糊糊", {"ER"}),
    ("打完胰岛素，人开始乱讲话，一身汗", {"ER"}),
    ("diabetic, shaky and sweaty and talking nonsense", {"ER"}),
    ("my diabetic husband is confused and clammy", {"ER"}),
    ("血糖好低，人都傻咗咁，讲嘢唔清", {"ER"}),
    ("糖尿病，呼吸又深又快，口有烂苹果味", {"ER"}),
    ("diabetic, breath smells like nail polish remover, breathing fast", {"ER"}),
    ("糖尿病人，今天叫不太醒", {"ER"}),
    ("在太阳底下干活晕倒，身上很烫，不出汗", {"ER"}),
    ("中暑了，人糊涂，皮肤又干又烫", {"ER"}),
    ("collapsed in the heat, skin hot and dry, confused", {"ER"}),
    ("血压二百多，头痛得厉害", {"ER"}),
    ("BP 210 over 120, pounding headache", {"ER"}),
    ("上压两百几，头好痛", {"ER"}),
    ("婴儿两个月，发烧38度5", {"ER", "PED"}),
    ("baby 6 weeks old, temperature 38.3", {"ER", "PED"}),
    ("宝宝一个月，软绵绵的，不吃奶", {"ER", "PED"}),
    ("newborn is floppy and won't feed", {"ER", "PED"}),
    ("bb三個月，叫唔醒咁，冇食奶", {"ER", "PED"}),
    ("掉进水里，捞上来后一直咳，呼吸急", {"ER"}),
    ("pulled out of the sea, not breathing properly", {"ER"}),
    ("心跳好快，快要晕倒了", {"ER"}),
    ("heart is racing like mad and I nearly blacked out", {"ER"}),
    ("心跳得好快好乱，眼前发黑", {"ER"}),
    ("吃了山上采的野蘑菇，上吐下泻", {"ER"}),
    ("ate wild mushrooms we picked, now vomiting and dizzy", {"ER"}),
    ("食咗啲草药之后，个口麻，心跳乱", {"ER"}),
    ("撞到头后脑袋流血，一直吐", {"ER"}),
    ("老人家跌倒撞到个头，出血，好眼瞓", {"ER"}),
    ("fell and cut his head open, now drowsy", {"ER"}),
    ("CT说脑里面出血了", {"ER"}),
    ("小朋友吞咗粒钮扣电池", {"ER"}),
    ("my kid swallowed a button battery", {"ER"}),
    ("孩子吞了几颗磁铁", {"ER"}),
    ("I am short of breath very bad", {"ER"}),
    ("can't get enough air in", {"ER"}),
    ("breathing is really hard, I'm gasping", {"ER"}),
    ("浑身发抖，眼睛往上翻，叫不应", {"ER"}),
    ("shaking all over and not responding", {"ER"}),
    ("跌倒后手臂变形了，歪了", {"ORTHO", "ER"}),
    ("his wrist is bent the wrong way after the fall", {"ORTHO", "ER"}),
    ("腿被车轮碾过了", {"ER"}),
    ("hand crushed in a machine", {"ER"}),
    ("摔了一跤后越来越糊涂", {"ER"}),
    ("since the fall she's getting more and more confused", {"ER"}),
    ("孩子偷吃了奶奶的降压药", {"ER"}),
    ("my toddler got into the medicine cabinet and ate some pills", {"ER"}),
    ("拿错药了，把爸爸的药吃了", {"ER"}),
    ("喝了一斤多白酒，叫不醒", {"ER"}),
    ("drunk so much he's passed out and won't wake", {"ER"}),
    ("吸了冰毒之后胸口痛，心跳很快", {"ER"}),
    ("took cocaine, now chest pain and heart racing", {"ER"}),
    ("一根钢筋插进了大腿", {"ER"}),
    ("a nail went right through his foot", {"ER"}),
    ("刀插在肚子上", {"ER"}),
    ("阿婆跌低咗起唔到身", {"ER"}),
    ("嘴唇发青，脸色发灰，喘不过气", {"ER"}),
    ("face gone grey and lips blue, fighting for breath", {"ER"}),
    ("血糖仪显示2.1，出冷汗", {"ER"}),
    ("sugar reading 1.9, shaky", {"ER"}),
    ("高烧，人糊涂了，手脚花花的", {"ER"}),
    ("fever and chills, now very confused and skin blotchy", {"ER"}),
    ("在屋里烧炭取暖，头痛头晕想吐", {"ER"}),
    ("the heater's been on all night and we've all got headaches and feel sick", {"ER"}),
    ("喉咙好似封住咗，唞唔到气，啱啱食咗药", {"ER"}),
    ("生完孩子，下面血一直流，头晕", {"ER", "OB"}),
    ("just had the baby and bleeding is pouring out", {"ER", "OB"}),
    ("洁厕灵溅进眼睛了", {"OPH", "ER"}),
    ("got bleach in my eye", {"OPH", "ER"}),
    ("听到声音叫我杀人，手上拿着刀", {"PSY", "ER"}),
    ("he says people are after him and he's got a knife", {"PSY", "ER"}),
    ("肚子胀，吐，几天没放屁没大便", {"ER"}),
    ("belly swollen, vomiting, no poo or wind for days", {"ER"}),
    ("存了一些安眠药，打算这个周末吃掉", {"PSY", "ER"}),
    ("按了半个钟，血都止唔住", {"ER"}),
    ("pressing on it for 20 minutes, still bleeding", {"ER"}),
    ("上吐下泻，手脚冰冷，人好虚", {"ER"}),
    ("喉咙好紧，声音变了，啱啱打完针", {"ER"}),
    ("发烧，脖子硬，眼睛怕光", {"ER"}),
    ("阿婆跌低之后隻腳短咗，向外翻", {"ER"}),
    ("grandma fell, her leg looks shorter and turned out", {"ER"}),
    ("婴儿从床上摔下来，吐了，一直睡", {"ER"}),
    ("baby rolled off the sofa, now sick and sleepy", {"ER"}),
    ("颈好痛，见光就痛", {"ER"}),
    ("吃抗凝药，伤口止不住血", {"ER"}),
    ("on warfarin, cut won't stop bleeding", {"ER"}),
    ("右眼突然看不见了", {"ER"}),
    ("suddenly lost the sight in one eye", {"ER"}),
    ("一只眼突然黑了", {"ER"}),
    ("头痛像要炸开一样，突然来的", {"ER"}),
    ("叫佢冇反应，好眼瞓", {"ER"}),
    ("he no answer me, very sleepy, cannot wake", {"ER"}),
    ("my mother not answer when I talk, she is lying down", {"ER"}),
    ("产后一周，发烧，下面有臭味", {"ER", "OB"}),
    ("肚子被撞了一下，脸色越来越白", {"ER"}),
    ("got kicked in the stomach, now pale and the pain's getting worse", {"ER"}),
    ("化疗中，发烧38.5", {"ER"}),
    ("on chemo and running a temperature of 38.6", {"ER"}),
    ("bb屙出嚟啲屎好似红色果冻", {"ER"}),
    ("my baby's poo looks like red jelly", {"ER"}),
    ("热油溅到眼睛", {"ER", "OPH"}),
    ("跌了一跤后只会哼哼，说不出话", {"ER", "NEURO"}),
    ("有胃溃疡，突然肚子像刀割一样痛", {"ER", "GS"}),
    ("开水烫到，起了一大片水泡", {"BURN", "ER"}),
    ("全身抽，眼反白，口吐白沫", {"ER"}),
    ("火灾吸了很多烟，声音沙哑，鼻孔黑黑的", {"ER"}),
    ("breathed in smoke from the fire, voice gone hoarse", {"ER"}),
    ("眼睛好痛，看灯有一圈一圈", {"ER", "OPH"}),
    ("eye is really painful and I see rainbow rings round lights", {"ER", "OPH"}),
    ("跳水撞到头，手脚发麻", {"ER"}),
    ("dived into the shallow end, now can't feel his legs", {"ER"}),
    ("发烧流口水，坐着往前倾，说话含糊不清", {"ER"}),
    ("drooling, sitting forward, muffled voice and fever", {"ER"}),
    ("勃起好几个小时都下不去，很痛", {"ER", "URO"}),
    ("erection for five hours and it hurts", {"ER", "URO"}),
    ("孩子咳嗽像狗叫，吸气时有响声", {"ER"}),
    ("barking cough and a noisy squeak when breathing in", {"ER"}),
    ("胸口痛了半个钟，唔见好", {"ER"}),
    ("chest pain for half an hour, not going away", {"ER"}),
    ("含了硝酸甘油还是胸痛", {"ER"}),
    ("took two GTN sprays and the chest pain is still there", {"ER"}),
    ("洗肾的病人，血钾高，全身没力", {"ER"}),
    ("on dialysis, missed a session, very weak", {"ER"}),
    ("腿突然冰冷发白，摸不到脉", {"ER"}),
    ("my leg went cold and white suddenly", {"ER"}),
    ("他喝醉了拿刀说要砍人", {"ER", "PSY"}),
    ("疼痛打分十分", {"ER"}),
    ("pain 9 out of 10", {"ER"}),
    ("蛋蛋突然好痛，呕咗", {"URO", "ER"}),
    ("my son's testicle suddenly really hurts and he's throwing up", {"URO", "ER"}),
    ("我阿公胸口好似有嚿石压住，冒冷汗", {"ER"}),
    ("胸口好像被老虎钳夹住，出冷汗", {"ER"}),
    ("my chest is so tight like a belt squeezing, sweating", {"ER"}),
    ("chest pian and sweat very much", {"ER"}),
    ("心口痛，痛到左手都痹埋，出晒汗", {"ER"}),
    ("我爸說胸口很悶，臉色發白，一直冒汗", {"ER"}),
    ("我阿嬤講話突然不輪轉，嘴巴歪歪的", {"ER"}),
    ("媽媽講話突然變得怪怪的，右手沒力", {"ER"}),
    ("my father speaking strange suddenly and mouth is not straight", {"ER"}),
    ("she suddenly can't find her words and her right hand is weak", {"ER"}),
    ("grandpa's smile is crooked all of a sudden", {"ER"}),
    ("阿爸突然行路打斜，睇嘢重影", {"ER"}),
    ("I see everything double since this morning suddenly and walk like drunk", {"ER"}),
    ("我女唞气好辛苦，嘴唇紫紫地", {"ER"}),
    ("孩子呼吸好喘，胸口一直凹下去", {"ER"}),
    ("小朋友呼吸很喘，講話都斷斷續續", {"ER"}),
    ("my son breathing very fast and his ribs sucking in", {"ER"}),
    ("he's breathing like he's run a marathon but he's been sitting down", {"ER"}),
    ("my girl is so breathless she can't say more than two words", {"ER"}),
    ("阿媽暈咗喺廁所，叫極都唔醒", {"ER"}),
    ("阿公倒在地上叫不醒", {"ER"}),
    ("my husband collapsed and he not wake up", {"ER"}),
    ("she's gone all floppy and won't answer me", {"ER"}),
    ("我媽突然昏倒，過一下又醒了", {"ER"}),
    ("吐血吐了一大碗", {"ER"}),
    ("佢屙血，屙咗好多，仲好暈", {"ER"}),
    ("bleeding from my bottom a lot, feel like passing out", {"ER"}),
    ("飲咗半枝漂白水", {"ER"}),
    ("我老公吞咗成盒止痛藥", {"ER"}),
    ("阿姨吃了一整排安眠藥", {"ER"}),
    ("he OD'd on his meds", {"ER"}),
    ("佢成身抽，眼仔反白", {"ER"}),
    ("阿弟在抽筋，口水一直流，叫不回應", {"ER"}),
    ("my daughter having seizure now, long time", {"ER"}),
    ("跌落樓梯，個頭撞到，一路嘔", {"ER"}),
    ("he bang his head and vomit three time", {"ER"}),
    ("孩子从滑梯上摔下来撞到头，一直想睡觉", {"ER"}),
    ("喉嚨好似腫到塞住，食完花生", {"ER"}),
    ("my face and lips swelling fast after I ate nuts, hard to swallow", {"ER"}),
    ("一生人最痛嘅頭痛，突然嚟", {"ER"}),
    ("頭突然痛到爆開，嘔咗", {"ER"}),
    ("懷孕七個月，頭好痛，眼前閃光，手腳腫", {"OB", "ER"}),
    ("pregnant 30 week, big headache and see stars", {"OB", "ER"}),
    ("懷孕三個月，下面流好多血", {"OB", "ER"}),
    ("我唔想再活落去，啲藥已經準備好", {"PSY", "ER"}),
    ("i want to die, i have rope ready", {"PSY", "ER"}),
    ("她說活著好累，想要結束一切", {"PSY", "ER"}),
    ("糖尿病阿伯，出晒冷汗，手震，講嘢亂晒", {"ER"}),
    ("my diabet father is sweating, shaking and talking strange", {"ER"}),
    ("血糖太低，人昏昏沉沉叫不醒", {"ER"}),
    ("bb得五個禮拜，發燒38度", {"ER", "PED"}),
    ("嬰兒兩個月大，軟趴趴的，都不喝奶", {"ER", "PED"}),
    ("my 3 week baby is very sleepy and not feeding", {"ER", "PED"}),
    ("孩子掉進泳池，救起來後一直咳", {"ER"}),
    ("my heart is going so fast I feel like I'll faint", {"ER"}),
    ("個心跳到好似要跳出嚟，眼前黑晒", {"ER"}),
    ("食咗山上摘嘅菇，之後一直嘔", {"ER"}),
    ("ate some berries from the garden, now vomiting and confused", {"ER"}),
    ("撞到頭，出血，之後好眼瞓", {"ER"}),
    ("細路吞咗粒電芯", {"ER"}),
    ("孩子吞了一個磁鐵", {"ER"}),
    ("跌親之後隻手變咗形", {"ORTHO", "ER"}),
    ("腳俾車轆輾過", {"ER"}),
    ("阿嫲跌倒後越來越迷糊", {"ER"}),
    ("細路偷食咗婆婆啲藥", {"ER"}),
    ("my kid ate some of grandma's heart pills", {"ER"}),
    ("飲咗成支白酒，叫唔醒", {"ER"}),
    ("食咗K仔之後心口痛，心跳好快", {"ER"}),
    ("took ecstasy at a party, now very hot and confused", {"ER"}),
    ("有支鐵枝插咗入條腿", {"ER"}),
    ("a piece of glass stuck in his leg deep", {"ER"}),
    ("婆婆跌咗，企唔返起身", {"ER"}),
    ("嘴唇發黑，面色灰灰地，喘不過氣", {"ER"}),
    ("血糖機顯示LO，手震", {"ER"}),
    ("發燒，手腳冰冷發紫，人迷迷糊糊", {"ER"}),
    ("屋企開住炭爐，全家頭痛", {"ER"}),
    ("食完藥喉嚨好似收窄咗", {"ER"}),
    ("生完BB之後流血流唔停，頭暈", {"ER", "OB"}),
    ("漂白水濺入眼", {"OPH", "ER"}),
    ("佢話聽到把聲叫佢斬人，揸住刀", {"PSY", "ER"}),
    ("個肚脹到好似個波，嘔，幾日冇放屁", {"ER"}),
    ("儲咗好多安眠藥，打算聽日食晒", {"PSY", "ER"}),
    ("按住個傷口半個鐘都仲流緊血", {"ER"}),
    ("肚屙到手腳凍冰冰，人好虛", {"ER"}),
    ("發燒，條頸好硬，見光好刺眼", {"ER"}),
    ("阿婆跌低咗，隻腳短咗一截，反咗出去", {"ER"}),
    ("BB由床跌落地，之後嘔咗，好眼瞓", {"ER"}),
    ("食開薄血丸，流鼻血止唔到", {"ER"}),
    ("隻眼突然乜都睇唔到", {"ER"}),
    ("頭痛到好似爆炸，以前從來冇試過", {"ER"}),
    ("佢唔應人，好眼瞓", {"ER"}),
    ("生咗BB一個禮拜，發燒，下面好臭", {"ER", "OB"}),
    ("被人打咗個肚，面色越嚟越青", {"ER"}),
    ("化療緊，發燒38度半", {"ER"}),
    ("bb屙出嚟似紅色啫喱", {"ER"}),
    ("滾油濺入眼", {"ER", "OPH"}),
    ("有胃潰瘍，突然個肚好似刀割咁痛", {"ER", "GS"}),
    ("滾水淥親，起咗一大片水泡", {"BURN", "ER"}),
    ("火災吸咗好多煙，聲沙，鼻哥窿黑黑哋", {"ER"}),
    ("隻眼好痛，睇燈有彩虹圈", {"ER", "OPH"}),
    ("跳水撞到頭，手腳冇晒感覺", {"ER"}),
    ("發燒，流口水，坐住向前傾，講嘢好似含住嘢", {"ER"}),
    ("勃起咗幾個鐘都唔落，好痛", {"ER", "URO"}),
    ("個仔咳到好似狗吠，吸氣有聲", {"ER"}),
    ("心口痛咗成個鐘", {"ER"}),
    ("食咗脷底丸心口都仲痛", {"ER"}),
    ("洗腎嘅阿爸，血鉀高，冇晒力", {"ER"}),
    ("隻腳突然凍冰冰，白晒", {"ER"}),
    ("佢飲醉咗揸住把刀話要斬人", {"ER", "PSY"}),
    ("俾人打咗一拳落隻眼，睇嘢有兩個", {"ER", "OPH"}),
    ("個春袋突然好痛，嘔咗", {"URO", "ER"}),
]

LOOK_ALIKES = [
    # The taught forms' own look-alikes: a twitch with a normal temperature, a herbal brew's
    # bitter taste or loose stools, a baby of weeks who feeds well, a fall with a graze.
    ("my eye has been twitching for a week, temp normal", {"OPH", "NEURO"}),
    ("吃了中药拉肚子", {"TCM", "GI"}),
    ("喝中药后嘴巴发苦", {"TCM", "GI", "DENT"}),
    ("宝宝得三个礼拜，吃奶很好", {"PED", "CHILD"}),
    ("个仔跌咗，膝头擦损", {"GP", "ORTHO", "PED", "SURG", "GS"}),
    ("阿爷跌咗一跤，冇事，想睇下", {"GP", "GERI", "ORTHO"}),
    ("胸口有时候闷闷的，深呼吸就好", {"CARD", "RESP", "GP"}),
    ("以前心梗过，来复查", {"CARD"}),
    ("宝宝睡觉打鼾", {"ENT", "PED"}),
    ("气短好几个月了，爬楼梯才有", {"RESP", "CARD"}),
    ("哮喘想开吸入药", {"RESP"}),
    ("晕车", {"GP", "ENT", "NEURO"}),
    ("献血时晕过一次，想问还能不能献", {"GP", "HEME", "LAB"}),
    ("痔疮偶尔带点血", {"GS", "GI", "ANO", "COLO"}),
    ("刷牙有点牙龈出血", {"DENT", "STOM"}),
    ("月经量多，想调理", {"GYN", "TCM"}),
    ("药吃完了，想再开", {"PHARM", "GP"}),
    ("安眠药能不能长期吃", {"PSY", "SLEEP", "PHARM", "NEURO"}),
    ("小腿抽筋，晚上睡觉时", {"ORTHO", "GP", "NEURO"}),
    ("拉肚子三天了，能吃能喝", {"GI"}),
    ("摔了一跤，膝盖擦破皮", {"ORTHO", "GS", "SURG", "ER"}),
    ("小时候撞过头，现在偶尔头痛", {"NEURO"}),
    ("眼睛有点干涩", {"OPH"}),
    ("手指被开水烫了一下，红了", {"BURN", "DERM"}),
    ("吃了芒果嘴巴有点痒", {"ALLERGY", "DERM", "ENT"}),
    ("头痛了一个月，下午比较重", {"NEURO"}),
    ("脖子酸痛，落枕了", {"ORTHO", "PAIN", "REHAB", "TCM"}),
    ("孕检想建档", {"OB"}),
    ("肚子胀气", {"GI"}),
    ("最近心情很差，睡不好", {"PSY", "SLEEP"}),
    ("夏天容易中暑怎么预防", {"GP", "ENDO"}),
    ("血压有点高，140/90", {"CARD"}),
    ("宝宝三个月，想打疫苗", {"CHILD", "PED"}),
    ("my lips are chapped", {"DERM", "GP"}),
    ("I get short of breath when I run for the bus", {"RESP", "CARD", "GP"}),
    ("had a seizure two years ago, need my meds", {"NEURO"}),
    ("my heart beats fast when I drink coffee", {"CARD"}),
    ("my period is heavy every month", {"GYN"}),
    ("cut my finger cooking, it stopped bleeding", {"GS", "ER", "GP", "SURG"}),
    ("he fainted once last year", {"CARD", "NEURO", "GP"}),
    ("feel a bit grey today, tired", {"GP", "PSY"}),
    ("my grandad talks nonsense when he's tired, he has dementia", {"GERI", "NEURO", "PSY"}),
]


@pytest.mark.parametrize(("text", "departments"), WORDINGS)
def test_each_red_flag_said_the_lay_way_is_an_emergency(
    engine: Engine, text: str, departments: set[str]
) -> None:
    assert is_emergency(engine, text, departments), engine.suggest(text)[0]


@pytest.mark.parametrize(("text", "departments"), LOOK_ALIKES)
def test_their_look_alikes_go_to_their_desk(
    engine: Engine, text: str, departments: set[str]
) -> None:
    top = engine.suggest(text)[0]
    assert top.department != "ER" or "ER" in departments, top
    assert top.department in departments, top


def test_no_wording_here_is_a_rule_phrase_verbatim() -> None:
    phrases = {normalise(p) for spec in default_specs() for p in (*spec.phrases, *spec.requires)}
    said = [text for text, _ in (*WORDINGS, *LOOK_ALIKES, *VITAL_SIGNS, *VITAL_LOOK_ALIKES)]
    assert not {normalise(text) for text in said} & phrases


VITAL_SIGNS = [
    # Blood pressure: the machine's two numbers by where they stand, the top one by its name.
    ("上面的190，下面的120，头痛", {"ER"}),
    ("量了一下，上边两百，下边一百一", {"ER"}),
    ("the top number is 195 and my head is pounding", {"ER"}),
    ("BP 200 over 120", {"ER"}),
    ("高压一百九，头晕", {"ER"}),
    ("上壓一百九，下壓一百二", {"ER"}),
    ("his pressure's 210 on the home machine", {"ER"}),
    # Temperature in Chinese numerals after its word, and in Fahrenheit.
    ("发烧四十一度，人有点迷糊", {"ER"}),
    ("体温四十一度二", {"ER"}),
    ("體溫得三十四度，手腳冰冷", {"ER"}),
    ("fever of 106 since this morning", {"ER"}),
    ("temp 105.8F and shivering", {"ER"}),
    # Oxygen: a decade said for a reading.
    ("sats in the 80s on the finger thing", {"ER"}),
    ("his oxygen is in the low 80s", {"ER"}),
    ("血氧八十多，喘", {"ER"}),
    ("血氧八十几", {"ER"}),
    # Heart rate.
    ("心跳一百四，心慌", {"ER"}),
    ("脉搏一分钟才三十几下", {"ER"}),
]

VITAL_LOOK_ALIKES = [
    ("上面的200块钱是挂号费吗", {"BILL", "CS"}),
    ("血压上面的140，下面的90，要吃药吗", {"CARD"}),
    ("天气三十八度，有点中暑头晕", {"GP", "NEURO"}),
    ("体温三十六度五，咳嗽", {"RESP"}),
    ("fever of 100 and a cough", {"FEVER", "RESP"}),
    ("sats in the high 90s but I feel breathless when I walk", {"RESP", "CARD"}),
    ("血氧九十几，有点咳", {"RESP", "GP"}),
    ("under a lot of pressure at work, 180 emails a day, cant sleep", {"PSY", "SLEEP", "GP"}),
]


@pytest.mark.parametrize(("text", "departments"), VITAL_SIGNS)
def test_vital_signs_said_the_lay_way_are_red_flags(
    engine: Engine, text: str, departments: set[str]
) -> None:
    assert is_emergency(engine, text, departments), engine.suggest(text)[0]


@pytest.mark.parametrize(("text", "departments"), VITAL_LOOK_ALIKES)
def test_numbers_that_are_no_danger_are_not(
    engine: Engine, text: str, departments: set[str]
) -> None:
    top = engine.suggest(text)[0]
    assert top.department in departments and top.urgency not in ("I", "II"), top


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("发烧四十一度", Decimal("41.0")),
        ("体温四十一度二", Decimal("41.2")),
        ("體溫得三十四度", Decimal("34.0")),
        ("烧到三十九度五", Decimal("39.5")),
        ("temp 105.8F", Decimal("41.0")),
        ("104 degrees F last night", Decimal("40.0")),
        ("fever of 101", Decimal("38.3")),
        # Without a temperature's word, 三十几度 is the weather.
        ("天气三十八度好热", None),
        ("今天三十五度", None),
    ],
)
def test_a_temperature_in_chinese_numerals_or_fahrenheit_is_read(
    said: str, read: Decimal | None
) -> None:
    assert temperature_in_text(said) == read


@pytest.mark.parametrize(
    ("text", "word", "denied"),
    [
        # A joiner before a new subject starts a new statement, not an item of the list.
        ("hes not making sense and his arm is floppy", "arm", False),
        ("she is not eating and she is very sleepy", "very sleepy", False),
        # A list of denied signs stays denied.
        ("no cough and fever", "fever", True),
        ("not eating or drinking", "drinking", True),
    ],
)
def test_a_new_subject_after_and_ends_a_denied_list(text: str, word: str, denied: bool) -> None:
    assert context.negated(text, text.index(word)) is denied
