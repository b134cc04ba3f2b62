/**
 * Everyday English words, folded. An alias that is one of these ("talks", "summit", "deal") would
 * light up ordinary prose, so the validator refuses it unless its case rule is "exact".
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about accord act after agency agreement aid all an and any are army as at attack back ban be
  bill border by can capital case ceasefire city coalition commission committee conference congress
  council country court crisis day deal defense defence department deputy did do down election
  embassy envoy era even fight first for force forces foreign from general government group had has
  have he her him his house how i if in inquiry interior investigation is it its just last law leader
  like made may me meeting military minister ministry missile mission more most move my navy new news
  no not now of office on one or our out over party pact peace people plan police power president
  press prime probe program programme report republic rule said say secretary security senate she
  so state states strike summit support talks test than that the their them then there they this
  time to treaty trump two union up us war was we were what when which who will with would year you`
    .split(/\s+/)
    .filter(Boolean),
);
