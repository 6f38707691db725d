export { main } from "./main";
export { renderPretty } from "./renderPretty";
