/** Thanks and acknowledgements in a conversation are chat, not questions to answer. */
const CHATTER_ITEM = String.raw`(?:(?:many\s+)?thanks?(?:\s+you)?(?:\s+(?:a\s+lot|so\s+much|very\s+much))?|thx|ty|ok(?:ay)?|cool|great|nice|got\s+it|perfect|lol|谢谢|多谢|好的|明白了|\p{Extended_Pictographic}+)`;
/** One or more of them: "ok thanks", "great, thank you!". */
const CHATTER = new RegExp(String.raw`^${CHATTER_ITEM}(?:[\s!.,:)！。，]+${CHATTER_ITEM})*[\s!.,:)！。，]*$`, 'iu');

/** True for "thanks!", "ok", "👍" and the like, which a conversation lets pass unanswered. */
export function isChatter(text: string): boolean {
  return CHATTER.test(text.trim());
}
