/**
 * The hall's voice: a two-tone chime, then the call spoken in Mandarin (twice, as
 * halls do) with the browser's speech synthesis. Browsers only allow sound after a
 * user gesture, hence `unlock()` behind the display's one-time "enable sound" button.
 */

let audio: AudioContext | undefined;

export function unlockSound() {
  audio ??= new AudioContext();
  void audio.resume();
  // An empty utterance inside the gesture lets later speech play without one.
  if ("speechSynthesis" in window) window.speechSynthesis.speak(new SpeechSynthesisUtterance(""));
}

function chime(): number {
  if (!audio) return 0;
  const now = audio.currentTime;
  [659.25, 523.25].forEach((freq, i) => {
    const osc = audio!.createOscillator();
    const gain = audio!.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, now + i * 0.45);
    gain.gain.exponentialRampToValueAtTime(0.4, now + i * 0.45 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.45 + 0.42);
    osc.connect(gain).connect(audio!.destination);
    osc.start(now + i * 0.45);
    osc.stop(now + i * 0.45 + 0.45);
  });
  return 950;
}

function mandarinVoice(): SpeechSynthesisVoice | undefined {
  return window.speechSynthesis
    .getVoices()
    .find((v) => v.lang.replace("_", "-").toLowerCase().startsWith("zh-cn"));
}

export function announce(text: string) {
  const wait = chime();
  window.setTimeout(() => {
    if (!("speechSynthesis" in window)) return;
    for (let i = 0; i < 2; i++) {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = "zh-CN";
      u.rate = 0.85;
      const voice = mandarinVoice();
      if (voice) u.voice = voice;
      window.speechSynthesis.speak(u);
    }
  }, wait);
}
